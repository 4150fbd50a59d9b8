package io.newsstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

class ContainerImagesTest {

    private static final Map<String, String> NOTHING = Map.of();

    @Test
    @DisplayName("without settings the public images run")
    void publicImagesByDefault() {
        ContainerImages images = ContainerImages.from(NOTHING::get, NOTHING::get);

        assertThat(images.kafka().asCanonicalNameString()).isEqualTo("apache/kafka:4.4.0");
        assertThat(images.apicurio().asCanonicalNameString())
                .isEqualTo("apicurio/apicurio-registry:3.0.9");
    }

    @Test
    @DisplayName(
            "a system property wins over the environment, and substitutes for the public image")
    void propertyWinsOverEnvironment() {
        Map<String, String> properties =
                Map.of("newsstream.test.kafka-image", "localhost/newsstream-kafka:4.4.0");
        Map<String, String> environment =
                Map.of(
                        "NEWSSTREAM_TEST_KAFKA_IMAGE", "elsewhere/kafka:1",
                        "NEWSSTREAM_TEST_APICURIO_IMAGE", " localhost/newsstream-apicurio:3.0.9 ");

        ContainerImages images = ContainerImages.from(properties::get, environment::get);

        assertThat(images.kafka().asCanonicalNameString())
                .isEqualTo("localhost/newsstream-kafka:4.4.0");
        assertThat(images.kafka().isCompatibleWith(DockerImageName.parse("apache/kafka"))).isTrue();
        assertThat(images.apicurio().asCanonicalNameString())
                .isEqualTo("localhost/newsstream-apicurio:3.0.9");
        assertThat(images.apicurio().isCompatibleWith(ApicurioRegistryContainer.DEFAULT_IMAGE))
                .isTrue();
    }

    @Test
    @DisplayName("images of the localhost registry are never pulled")
    void localImagesAreNeverPulled() {
        assertThat(
                        ContainerImages.pullPolicy()
                                .shouldPull(
                                        DockerImageName.parse("localhost/newsstream-kafka:4.4.0")))
                .isFalse();
    }
}
