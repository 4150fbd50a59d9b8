package io.newsstream.topics;

import org.apache.kafka.common.config.TopicConfig;

/** How Kafka retires a topic's old records, as its {@code cleanup.policy} topic config. */
public enum CleanupPolicy {
    /** Time/size retention: an event log. */
    DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
    /** Keep the latest record per key: a changelog of current state. */
    COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT);

    private final String configValue;

    CleanupPolicy(String configValue) {
        this.configValue = configValue;
    }

    /** The value for the {@code cleanup.policy} topic config. */
    public String configValue() {
        return configValue;
    }
}
