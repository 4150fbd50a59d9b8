package io.newsstream.app.demo;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.topics.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Follows a topic of enriched articles from its beginning on a background thread, hands each
 * committed record to a callback, and lets a caller wait until given article ids have arrived.
 * Reads without a consumer group (partitions assigned directly), so it leaves no offsets behind.
 */
public final class ArticleFeed implements AutoCloseable {

    private final KafkaConsumer<String, EnrichedArticle> consumer;
    private final Consumer<EnrichedArticle> onArticle;
    private final Set<String> seenIds = new HashSet<>();
    private final Thread thread;
    private volatile RuntimeException failure;

    private ArticleFeed(KafkaConsumer<String, EnrichedArticle> consumer, Consumer<EnrichedArticle> onArticle) {
        this.consumer = consumer;
        this.onArticle = onArticle;
        this.thread = new Thread(this::run, "article-feed");
        this.thread.setDaemon(true);
    }

    public static ArticleFeed start(String bootstrapServers, Topic<String, EnrichedArticle> topic,
                                    Consumer<EnrichedArticle> onArticle) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(
                props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        ArticleFeed feed = new ArticleFeed(consumer, onArticle);
        feed.thread.start();
        return feed;
    }

    /** Waits until every id has arrived; false when the timeout passes first. */
    public boolean awaitIds(Collection<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (seenIds) {
            while (!seenIds.containsAll(ids)) {
                if (failure != null) {
                    throw failure;
                }
                long leftMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (leftMillis <= 0) {
                    return false;
                }
                seenIds.wait(leftMillis);
            }
            return true;
        }
    }

    private void run() {
        try {
            while (true) {
                for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        onArticle.accept(record.value());
                    }
                    synchronized (seenIds) {
                        seenIds.add(record.key());
                        seenIds.notifyAll();
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            failure = e;
            synchronized (seenIds) {
                seenIds.notifyAll();
            }
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
