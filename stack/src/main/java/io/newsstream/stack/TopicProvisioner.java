package io.newsstream.stack;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a pipeline needs if they do not exist yet, with Kafka's Admin client.
 *
 * <p>Idempotent: topics that already exist are left as they are (a different partition count
 * is logged as a warning, not changed). {@link #ensureTopics} returns only once every topic has
 * a leader for every partition, so producers started right after it do not race the broker's
 * metadata. An unreachable broker gives a {@link TopicProvisioningException} naming the
 * bootstrap servers after the timeout, instead of hanging.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final Duration METADATA_POLL_INTERVAL = Duration.ofMillis(50);

    private final String bootstrapServers;
    private final Duration timeout;

    /**
     * @param bootstrapServers the cluster to provision
     * @param timeout the most {@link #ensureTopics} waits in total for the cluster to answer
     */
    public TopicProvisioner(String bootstrapServers, Duration timeout) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Creates those of {@code topics} that are missing and waits until all of them are usable.
     *
     * @return names of the topics this call created (existing ones are not included)
     * @throws TopicProvisioningException if the cluster does not answer within the timeout or
     *     refuses a topic (for example an invalid config or too high a replication factor)
     */
    public Set<String> ensureTopics(Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> created = create(admin, topics, deadlineNanos);
            awaitLeaders(admin, topics, deadlineNanos);
            return created;
        }
    }

    private Map<String, Object> adminConfig() {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
    }

    private Set<String> create(Admin admin, Collection<NewTopic> topics, long deadlineNanos) {
        CreateTopicsOptions options =
                new CreateTopicsOptions()
                        .timeoutMs(Math.toIntExact(remaining(deadlineNanos).toMillis()));
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics, options).values();
        Set<String> created = new TreeSet<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            String topic = result.getKey();
            try {
                await(result.getValue(), deadlineNanos, "creating topic " + topic);
                created.add(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw refused("create topic " + topic, e);
                }
            }
        }
        if (!created.isEmpty()) {
            log.info("Created topics {} on {}", created, bootstrapServers);
        }
        return created;
    }

    private void awaitLeaders(Admin admin, Collection<NewTopic> topics, long deadlineNanos) {
        List<String> names = topics.stream().map(NewTopic::name).toList();
        while (true) {
            try {
                Map<String, TopicDescription> descriptions =
                        await(
                                admin.describeTopics(names).allTopicNames(),
                                deadlineNanos,
                                "describing topics " + names);
                if (allPartitionsHaveLeaders(descriptions.values())) {
                    warnAboutPartitionMismatches(topics, descriptions);
                    return;
                }
            } catch (ExecutionException e) {
                // The controller has committed the topic but this broker's metadata may lag behind.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw refused("describe topics " + names, e);
                }
            }
            sleepBeforeRetry(deadlineNanos, names);
        }
    }

    private static boolean allPartitionsHaveLeaders(Collection<TopicDescription> descriptions) {
        return descriptions.stream()
                .flatMap(description -> description.partitions().stream())
                .allMatch(partition -> partition.leader() != null);
    }

    private static void warnAboutPartitionMismatches(
            Collection<NewTopic> wanted, Map<String, TopicDescription> actual) {
        Map<String, NewTopic> byName =
                wanted.stream().collect(Collectors.toMap(NewTopic::name, Function.identity()));
        actual.forEach(
                (name, description) -> {
                    int wantedPartitions = byName.get(name).numPartitions();
                    int actualPartitions = description.partitions().size();
                    if (wantedPartitions > 0 && wantedPartitions != actualPartitions) {
                        log.warn(
                                "Topic {} exists with {} partitions, not the {} asked for; left unchanged",
                                name,
                                actualPartitions,
                                wantedPartitions);
                    }
                });
    }

    private <T> T await(KafkaFuture<T> future, long deadlineNanos, String action)
            throws ExecutionException {
        try {
            return future.get(remaining(deadlineNanos).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(action, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw timedOut(action, e.getCause());
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicProvisioningException("Interrupted while " + action, e);
        }
    }

    private void sleepBeforeRetry(long deadlineNanos, List<String> names) {
        if (remaining(deadlineNanos).compareTo(METADATA_POLL_INTERVAL) < 0) {
            throw timedOut("waiting for leaders of " + names, null);
        }
        try {
            Thread.sleep(METADATA_POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicProvisioningException(
                    "Interrupted while waiting for topics " + names, e);
        }
    }

    private TopicProvisioningException refused(String action, ExecutionException e) {
        return new TopicProvisioningException(
                "Cannot %s on %s: %s"
                        .formatted(action, bootstrapServers, e.getCause().getMessage()),
                e.getCause());
    }

    private TopicProvisioningException timedOut(String action, Throwable cause) {
        return new TopicProvisioningException(
                "Kafka at %s did not answer within %d ms while %s; is it running?"
                        .formatted(bootstrapServers, timeout.toMillis(), action),
                cause);
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }
}
