package io.newsstream.testkit;

import java.util.Optional;
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
    return new ContainerImages(
        substitute(KAFKA_PROPERTY, KAFKA_ENVIRONMENT_VARIABLE, PUBLIC_KAFKA),
        substitute(APICURIO_PROPERTY, APICURIO_ENVIRONMENT_VARIABLE, ApicurioRegistryContainer.DEFAULT_IMAGE));
  }

  /**
   * Never pulls an image of the {@code localhost} registry, which exists only where it was built;
   * others are pulled when missing.
   */
  static ImagePullPolicy pullPolicy() {
    return image -> !"localhost".equals(image.getRegistry()) && PullPolicy.defaultPolicy().shouldPull(image);
  }

  private static DockerImageName substitute(String property, String environmentVariable, DockerImageName standard) {
    return Optional.ofNullable(System.getProperty(property))
        .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
        .filter(name -> !name.isBlank())
        .map(name -> DockerImageName.parse(name.strip()).asCompatibleSubstituteFor(standard))
        .orElse(standard);
  }
}
