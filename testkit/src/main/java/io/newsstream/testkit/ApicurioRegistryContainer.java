package io.newsstream.testkit;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Apicurio Registry 3 ({@code apicurio/apicurio-registry} or a compatible substitute) serving
 * the Confluent Schema Registry API under {@value #CCOMPAT_PATH}.
 *
 * <p>Ready once the Confluent-compatible API answers from the test JVM. Apicurio logs only
 * warnings, so there is no start-up line to wait for; and a port probe would run a command in the
 * container, each of which leaves an engine process behind for minutes under podman.
 */
final class ApicurioRegistryContainer extends GenericContainer<ApicurioRegistryContainer> {

    static final DockerImageName DEFAULT_IMAGE =
            DockerImageName.parse("apicurio/apicurio-registry:3.0.9");
    static final String CCOMPAT_PATH = "/apis/ccompat/v7";

    private static final int HTTP_PORT = 8080;

    ApicurioRegistryContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE);
        withExposedPorts(HTTP_PORT);
        waitingFor(
                Wait.forHttp(CCOMPAT_PATH + "/subjects")
                        .forPort(HTTP_PORT)
                        .forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
    }

    /** Keeps schemas in Kafka, as a production registry does, instead of in memory. */
    ApicurioRegistryContainer withKafkaStorage(String bootstrapServers) {
        return withEnv("APICURIO_STORAGE_KIND", "kafkasql")
                .withEnv("APICURIO_KAFKASQL_BOOTSTRAP_SERVERS", bootstrapServers);
    }

    /**
     * Sets the compatibility rule of subjects that have none of their own; Confluent's registry
     * defaults to BACKWARD, Apicurio to none.
     */
    ApicurioRegistryContainer withGlobalCompatibility(String level) {
        return withEnv("APICURIO_RULES_GLOBAL_COMPATIBILITY", level);
    }

    /** Base URL of the Confluent-compatible API as seen from the test JVM. */
    String ccompatUrl() {
        return "http://%s:%d%s".formatted(getHost(), getMappedPort(HTTP_PORT), CCOMPAT_PATH);
    }
}
