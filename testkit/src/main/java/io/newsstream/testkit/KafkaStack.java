package io.newsstream.testkit;

import io.newsstream.stack.TopicProvisioner;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A running Kafka cluster with a schema registry, as an integration test sees it.
 *
 * <p>Tests get one from {@link KafkaStackExtension} and must not care which backend runs it.
 * The stack is shared by every test class in the JVM, so tests give their topics and consumer
 * groups names of their own.
 */
public interface KafkaStack {

    /** {@code host:port} list for clients' {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Base URL of the Confluent-compatible schema registry, e.g. {@code http://127.0.0.1:8081}. */
    String schemaRegistryUrl();

    /**
     * Creates those topics that do not exist yet and waits until they accept records (the stack's
     * brokers never auto-create topics).
     */
    default void createTopics(NewTopic... topics) {
        new TopicProvisioner(bootstrapServers(), Duration.ofSeconds(30))
                .ensureTopics(List.of(topics));
    }
}
