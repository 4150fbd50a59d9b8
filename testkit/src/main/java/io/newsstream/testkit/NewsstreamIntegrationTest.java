package io.newsstream.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs Kafka and the schema registry: it gets a shared running
 * {@link KafkaStack} through {@link KafkaStackExtension} and the tag {@code integration}, so
 * builds can include or exclude such tests as a group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(KafkaStackExtension.class)
@Tag("integration")
public @interface NewsstreamIntegrationTest {}
