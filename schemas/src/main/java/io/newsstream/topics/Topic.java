package io.newsstream.topics;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the serdes of its keys and values and how it is cleaned up: everything a producer,
 * a consumer, a Streams topology or a provisioning tool needs to use it correctly.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, CleanupPolicy cleanupPolicy) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
    }

    public boolean compacted() {
        return cleanupPolicy == CleanupPolicy.COMPACT;
    }

    /** The topic configs to create it with, e.g. {@code cleanup.policy=compact}. */
    public Map<String, String> creationConfigs() {
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.configValue());
    }
}
