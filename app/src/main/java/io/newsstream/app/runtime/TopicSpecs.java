package io.newsstream.app.runtime;

import io.newsstream.topics.Topics;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The pipeline's topics as creation requests. Partition count and replication factor are left to
 * the cluster's defaults ({@code num.partitions}, {@code default.replication.factor}): sizing is
 * the operator's decision; the topic's cleanup policy is ours.
 */
final class TopicSpecs {

    private TopicSpecs() {}

    static List<NewTopic> of(Topics topics) {
        return topics.all().stream()
                .map(topic -> new NewTopic(topic.name(), Optional.empty(), Optional.empty())
                        .configs(topic.creationConfigs()))
                .toList();
    }
}
