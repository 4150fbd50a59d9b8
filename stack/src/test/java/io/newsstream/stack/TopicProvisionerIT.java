package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicProvisionerIT {

    private static EmbeddedKafka kafka;
    private static TopicProvisioner provisioner;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafka(EmbeddedKafkaConfig.defaults().withPort(0)).start();
        provisioner = new TopicProvisioner(kafka.bootstrapServers(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    @DisplayName("creates missing topics with their partitions and configs, and only once")
    void createsOnlyMissingTopics() throws Exception {
        NewTopic compacted =
                new NewTopic("entities", 3, (short) 1)
                        .configs(
                                Map.of(
                                        TopicConfig.CLEANUP_POLICY_CONFIG,
                                        TopicConfig.CLEANUP_POLICY_COMPACT));
        NewTopic plain = new NewTopic("raw-articles", 2, (short) 1);

        assertThat(provisioner.ensureTopics(List.of(compacted))).containsExactly("entities");
        assertThat(provisioner.ensureTopics(List.of(compacted, plain)))
                .containsExactly("raw-articles");
        assertThat(provisioner.ensureTopics(List.of(compacted, plain))).isEmpty();

        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka.bootstrapServers()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(Set.of("entities", "raw-articles")).allTopicNames().get();
            assertThat(topics.get("entities").partitions()).hasSize(3);
            assertThat(topics.get("raw-articles").partitions()).hasSize(2);

            ConfigResource entities = new ConfigResource(ConfigResource.Type.TOPIC, "entities");
            Config config = admin.describeConfigs(List.of(entities)).all().get().get(entities);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    @DisplayName("a topic the broker refuses is reported by name with the broker's reason")
    void refusedTopic() {
        NewTopic tooManyReplicas = new NewTopic("replicated", 1, (short) 3);

        assertThatThrownBy(() -> provisioner.ensureTopics(List.of(tooManyReplicas)))
                .isInstanceOf(TopicProvisioningException.class)
                .hasMessageStartingWith(
                        "Cannot create topic replicated on " + kafka.bootstrapServers());
    }
}
