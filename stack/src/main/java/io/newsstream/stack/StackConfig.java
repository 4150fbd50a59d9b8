package io.newsstream.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an {@link EmbeddedStack} listens and keeps its data.
 *
 * @param host the interface Kafka and the schema registry bind, and the address they advertise
 * @param kafkaPort Kafka's client port; {@code 0} picks a free one
 * @param registryPort the schema registry's HTTP port; {@code 0} picks a free one
 * @param dataDir a directory kept across restarts (topics, offsets and schema ids survive), or
 *     {@code null} for a temporary one deleted on close
 */
public record StackConfig(String host, int kafkaPort, int registryPort, Path dataDir) {

    public static final int DEFAULT_REGISTRY_PORT = 8081;

    public StackConfig {
        Objects.requireNonNull(host, "host");
        Ports.requireValid("Kafka", kafkaPort);
        Ports.requireValid("Schema registry", registryPort);
    }

    /** Kafka on 127.0.0.1:9092, the registry on 127.0.0.1:8081, data in a temporary directory. */
    public static StackConfig defaults() {
        return new StackConfig(
                EmbeddedKafkaConfig.DEFAULT_HOST,
                EmbeddedKafkaConfig.DEFAULT_PORT,
                DEFAULT_REGISTRY_PORT,
                null);
    }

    /** Free ports and a temporary directory: for tests that must not collide with anything. */
    public static StackConfig ephemeral() {
        return new StackConfig(EmbeddedKafkaConfig.DEFAULT_HOST, Ports.ANY, Ports.ANY, null);
    }

    public StackConfig withDataDir(Path newDataDir) {
        return new StackConfig(host, kafkaPort, registryPort, newDataDir);
    }
}
