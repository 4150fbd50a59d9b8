package io.newsstream.stack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an {@link EmbeddedStack} listens and keeps its data.
 *
 * @param host the interface Kafka and the schema registry bind, and the address they advertise
 * @param kafkaPort Kafka's client port; {@code 0} picks a free one
 * @param registryPort the schema registry's HTTP port; {@code 0} picks a free one
 * @param dataDir a directory kept across restarts (topics, offsets and schema ids survive), or
 *     empty for a temporary one deleted on close
 */
public record StackConfig(String host, int kafkaPort, int registryPort, Optional<Path> dataDir) {

  public static final int DEFAULT_REGISTRY_PORT = 8081;

  public StackConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Ports.requireValid("Kafka", kafkaPort);
    Ports.requireValid("Schema registry", registryPort);
  }

  /** Kafka on 127.0.0.1:9092, the registry on 127.0.0.1:8081, data in a temporary directory. */
  public static StackConfig defaults() {
    return new StackConfig(
        EmbeddedKafkaConfig.DEFAULT_HOST,
        EmbeddedKafkaConfig.DEFAULT_PORT,
        DEFAULT_REGISTRY_PORT,
        Optional.empty());
  }

  /** Free ports and a temporary directory: for tests that must not collide with anything. */
  public static StackConfig ephemeral() {
    return new StackConfig(EmbeddedKafkaConfig.DEFAULT_HOST, 0, 0, Optional.empty());
  }

  public StackConfig withDataDir(Path newDataDir) {
    return new StackConfig(host, kafkaPort, registryPort, Optional.of(newDataDir));
  }

  EmbeddedKafkaConfig kafka() {
    return new EmbeddedKafkaConfig(host, kafkaPort, dataDir.map(dir -> dir.resolve("kafka")));
  }
}
