package io.newsstream.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an {@link EmbeddedKafka} broker listens and keeps its data.
 *
 * @param host the interface both listeners bind and the address clients are told to use
 * @param port the client (PLAINTEXT) port; {@code 0} picks a free one at start
 * @param dataDir a directory kept across restarts, or {@code null} for a temporary one deleted
 *     on close
 */
public record EmbeddedKafkaConfig(String host, int port, Path dataDir) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 9092;

    public EmbeddedKafkaConfig {
        Objects.requireNonNull(host, "host");
        Ports.requireValid("Kafka", port);
    }

    /** 127.0.0.1:9092 with a temporary data directory. */
    public static EmbeddedKafkaConfig defaults() {
        return new EmbeddedKafkaConfig(DEFAULT_HOST, DEFAULT_PORT, null);
    }

    public EmbeddedKafkaConfig withPort(int newPort) {
        return new EmbeddedKafkaConfig(host, newPort, dataDir);
    }

    public EmbeddedKafkaConfig withDataDir(Path newDataDir) {
        return new EmbeddedKafkaConfig(host, port, newDataDir);
    }
}
