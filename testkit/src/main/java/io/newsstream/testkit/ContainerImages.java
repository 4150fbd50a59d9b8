package io.newsstream.testkit;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * The images the {@code testcontainers} backend runs: the public ones unless the system property
 * or environment variable named here substitutes another, such as those {@code
 * containers/build-images} builds for machines that cannot pull.
 */
record ContainerImages(DockerImageName kafka, DockerImageName apicurio) {

    static final String KAFKA_PROPERTY = "newsstream.test.kafka-image";
    static final String KAFKA_ENVIRONMENT_VARIABLE = "NEWSSTREAM_TEST_KAFKA_IMAGE";
    static final String APICURIO_PROPERTY = "newsstream.test.apicurio-image";
    static final String APICURIO_ENVIRONMENT_VARIABLE = "NEWSSTREAM_TEST_APICURIO_IMAGE";

    private static final DockerImageName PUBLIC_KAFKA = DockerImageName.parse("apache/kafka:4.4.0");

    /** Images named by system properties, else environment variables, else the public images. */
    static ContainerImages configured() {
        return from(System::getProperty, System::getenv);
    }

    /** Images named by {@code properties}, else {@code environment}, else the public images. */
    static ContainerImages from(
            UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return new ContainerImages(
                substitute(
                        properties.apply(KAFKA_PROPERTY),
                        environment.apply(KAFKA_ENVIRONMENT_VARIABLE),
                        PUBLIC_KAFKA),
                substitute(
                        properties.apply(APICURIO_PROPERTY),
                        environment.apply(APICURIO_ENVIRONMENT_VARIABLE),
                        ApicurioRegistryContainer.DEFAULT_IMAGE));
    }

    /**
     * Never pulls an image of the {@code localhost} registry, which exists only where it was built;
     * others are pulled when missing.
     */
    static ImagePullPolicy pullPolicy() {
        return image ->
                !"localhost".equals(image.getRegistry())
                        && PullPolicy.defaultPolicy().shouldPull(image);
    }

    private static DockerImageName substitute(
            String fromProperty, String fromEnvironment, DockerImageName standard) {
        return Optional.ofNullable(fromProperty)
                .filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(fromEnvironment))
                .filter(name -> !name.isBlank())
                .map(
                        name ->
                                DockerImageName.parse(name.strip())
                                        .asCompatibleSubstituteFor(standard))
                .orElse(standard);
    }
}
