package io.newsstream.testkit;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;

/**
 * Runs the stack in containers through Testcontainers: one KRaft Kafka broker and Apicurio
 * Registry, which keeps its schemas in that broker, on a network of their own. The test JVM
 * reaches both through mapped ports; Apicurio reaches Kafka by its network alias.
 *
 * <p>When no container engine is reachable the tests are skipped with one line naming the remedy;
 * CI treats that as a failure.
 */
final class ContainerKafkaStack implements RunningKafkaStack {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerKafkaStack.class);
    private static final String KAFKA_ALIAS = "kafka";

    /** Listener for containers on the stack's network, next to the mapped one for the test JVM. */
    private static final String KAFKA_NETWORK_LISTENER = KAFKA_ALIAS + ":19092";

    private final Network network;
    private final KafkaContainer kafka;
    private final ApicurioRegistryContainer registry;

    private ContainerKafkaStack(
            Network network, KafkaContainer kafka, ApicurioRegistryContainer registry) {
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

    /**
     * Without an engine the tests are aborted (reported as skipped), not failed: a developer's
     * {@code mvn verify} on a machine with only a JDK stays meaningful, and CI, which provides an
     * engine, fails when this tier did not run (see .ci/run).
     */
    private static void requireContainerEngine() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            String reason = "Container stack tests skipped: no Docker-compatible engine is reachable."
                    + " Start Docker, or podman's API service with DOCKER_HOST pointing at it (see .ci/run);"
                    + " -Dnewsstream.containers.skip=true skips this tier without trying.";
            LOG.warn(reason);
            Assumptions.abort(reason);
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
