package io.newsstream.testkit;

import java.util.concurrent.CompletionException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;

/**
 * Runs the stack in containers through Testcontainers: one KRaft Kafka broker and Apicurio
 * Registry, which keeps its schemas in that broker, on a network of their own. The test JVM
 * reaches both through mapped ports; Apicurio reaches Kafka by its network alias.
 *
 * <p>Fails with one line naming the remedy when no container engine is reachable, rather than
 * letting the tests pass without having run.
 */
final class ContainerKafkaStack implements RunningKafkaStack {

  private static final String KAFKA_ALIAS = "kafka";
  /** Listener for containers on the stack's network, next to the mapped one for the test JVM. */
  private static final String KAFKA_NETWORK_LISTENER = KAFKA_ALIAS + ":19092";

  private final Network network;
  private final KafkaContainer kafka;
  private final ApicurioRegistryContainer registry;

  private ContainerKafkaStack(Network network, KafkaContainer kafka, ApicurioRegistryContainer registry) {
    this.network = network;
    this.kafka = kafka;
    this.registry = registry;
  }

  static ContainerKafkaStack start() {
    requireContainerEngine();
    ContainerImages images = ContainerImages.configured();
    Network network = Network.newNetwork();
    KafkaContainer kafka =
        new KafkaContainer(images.kafka())
            .withImagePullPolicy(ContainerImages.pullPolicy())
            .withNetwork(network)
            .withListener(KAFKA_NETWORK_LISTENER);
    ApicurioRegistryContainer registry =
        new ApicurioRegistryContainer(images.apicurio())
            .withImagePullPolicy(ContainerImages.pullPolicy())
            .withNetwork(network)
            .withKafkaStorage(KAFKA_NETWORK_LISTENER)
            .withGlobalCompatibility("BACKWARD")
            .dependsOn(kafka);
    ContainerKafkaStack stack = new ContainerKafkaStack(network, kafka, registry);
    try {
      Startables.deepStart(registry).join();
      return stack;
    } catch (CompletionException e) {
      stack.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static void requireContainerEngine() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      throw new IllegalStateException(
          "The testcontainers test backend needs a Docker-compatible engine, and none is reachable:"
              + " start Docker, or podman's API service with DOCKER_HOST pointing at it (see .ci/run),"
              + " or skip these tests with -Dnewsstream.containers.skip=true");
    }
  }

  @Override
  public String bootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String schemaRegistryUrl() {
    return registry.ccompatUrl();
  }

  @Override
  public void close() {
    registry.stop();
    kafka.stop();
    network.close();
  }
}
