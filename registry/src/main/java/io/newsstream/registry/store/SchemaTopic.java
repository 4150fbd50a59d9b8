package io.newsstream.registry.store;

import static io.newsstream.registry.store.KafkaCalls.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the registry's topic exists and can hold the registry safely: one partition (so
 * changes stay in order), {@code cleanup.policy=compact} (so retention never deletes schemas) and a
 * leader to write to. Creates it when missing with replication factor min(3, brokers).
 */
final class SchemaTopic {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaTopic.class);
    private static final short MAX_REPLICATION_FACTOR = 3;
    private static final Duration LEADER_POLL_INTERVAL = Duration.ofMillis(100);

    private SchemaTopic() {
    }

    /** @throws SchemaStoreException when Kafka is unreachable or the topic is unfit, within {@code timeout} per step */
    static void ensure(String bootstrapServers, String topic, Duration timeout) {
        Admin admin = Admin.create(KafkaCalls.clientConfig(bootstrapServers, timeout));
        try {
            int brokers = await(admin.describeCluster().nodes(), timeout, "reach Kafka at " + bootstrapServers).size();
            create(admin, topic, (short) Math.min(MAX_REPLICATION_FACTOR, brokers), timeout);
            TopicDescription description = awaitLeader(admin, topic, timeout);
            if (description.partitions().size() != 1) {
                throw new SchemaStoreException("Schema registry topic '" + topic + "' has "
                        + description.partitions().size() + " partitions; it needs exactly 1 to keep changes in order.");
            }
            requireCompacted(admin, topic, timeout);
        } finally {
            // Nothing is left to wait for; a zero timeout keeps an unreachable cluster from delaying the error.
            admin.close(Duration.ZERO);
        }
    }

    private static void create(Admin admin, String topic, short replicationFactor, Duration timeout) {
        NewTopic newTopic = new NewTopic(topic, 1, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            await(admin.createTopics(List.of(newTopic)).all(), timeout, "create topic '" + topic + "'");
            LOG.info("Created schema registry topic '{}' (compacted, replication factor {})", topic, replicationFactor);
        } catch (SchemaStoreException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** A just-created topic is briefly unknown to, or leaderless on, the broker that answers. */
    private static TopicDescription awaitLeader(Admin admin, String topic, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                TopicDescription description = await(admin.describeTopics(List.of(topic)).topicNameValues().get(topic),
                        timeout, "describe topic '" + topic + "'");
                if (description.partitions().stream().map(TopicPartitionInfo::leader)
                        .allMatch(leader -> leader != null && !leader.isEmpty())) {
                    return description;
                }
            } catch (SchemaStoreException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new SchemaStoreException("Schema registry topic '" + topic + "' has no leader after "
                        + timeout.toSeconds() + " s.");
            }
            pause();
        }
    }

    private static void requireCompacted(Admin admin, String topic, Duration timeout) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = await(admin.describeConfigs(List.of(resource)).values().get(resource),
                timeout, "read the configuration of topic '" + topic + "'");
        String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT) || policy.contains(TopicConfig.CLEANUP_POLICY_DELETE)) {
            throw new SchemaStoreException("Schema registry topic '" + topic + "' has cleanup.policy=" + policy
                    + "; it must be 'compact' alone, or retention would delete registered schemas.");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LEADER_POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaStoreException("Interrupted while waiting for the schema registry topic's leader.", e);
        }
    }
}
