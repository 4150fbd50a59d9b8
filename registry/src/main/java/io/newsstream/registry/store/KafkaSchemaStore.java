package io.newsstream.registry.store;

import io.newsstream.registry.store.RegistryRecordCodec.EncodedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaStore} kept in a single-partition compacted Kafka topic (default {@value #DEFAULT_TOPIC}),
 * as Confluent's registry keeps its {@code _schemas} topic.
 *
 * <p><b>Reads</b> the whole topic in {@link #open} to rebuild the {@link RegistryState}.
 * <b>Writes</b> each change as keyed records (see {@link RegistryRecordCodec}) with {@code acks=all}
 * and an idempotent producer, then reads the topic up to its own records before returning: the
 * state is always exactly what the topic holds, so an acknowledged id or version survives a
 * restart, and a write whose acknowledgement timed out but which did land is picked up by the
 * next write instead of being contradicted.
 *
 * <p><b>Single writer.</b> Like Confluent's single primary, one registry instance writes to a
 * topic. A second writer is detected, not prevented: before each write the store reads to the
 * end of the topic, and if it finds records it did not write, it folds them in and refuses that
 * write (its decision was made on stale state); the client gets a store error and may retry.
 *
 * <p>A change made of several records (deleting a whole subject) is sent in order but not
 * atomically: if the broker fails midway, the records already written take effect.
 */
public final class KafkaSchemaStore implements SchemaStore {

    /** The topic Confluent's registry uses, and so the one tools expect. */
    public static final String DEFAULT_TOPIC = "_schemas";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaStore.class);
    private static final int PARTITION = 0;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final TopicPartition partition;
    private final Duration timeout;
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final RegistryState state = new RegistryState();
    private final RegistryRecordCodec codec = new RegistryRecordCodec();
    private boolean closed;

    /** A store over these clients; it starts empty until {@link #replayToEnd()}. */
    KafkaSchemaStore(String topic, Duration timeout, Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer) {
        this.partition = new TopicPartition(topic, PARTITION);
        this.timeout = timeout;
        this.consumer = consumer;
        this.producer = producer;
    }

    /**
     * Connects to Kafka, creates {@code topic} if missing (compacted, one partition, replication
     * factor min(3, brokers)) and replays it to its end offset.
     *
     * @param timeout bound on each step: reaching the cluster, creating the topic, replaying it, acknowledging a write
     * @throws SchemaStoreException when Kafka cannot be reached or the topic cannot be used within {@code timeout}
     */
    public static KafkaSchemaStore open(String bootstrapServers, String topic, Duration timeout) {
        SchemaTopic.ensure(bootstrapServers, topic, timeout);
        KafkaSchemaStore store = new KafkaSchemaStore(topic, timeout,
                new KafkaConsumer<>(consumerConfig(bootstrapServers, timeout)),
                new KafkaProducer<>(producerConfig(bootstrapServers, timeout)));
        try {
            store.replayToEnd();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Reads the topic from its beginning to its current end into {@link #state()}. */
    void replayToEnd() {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        int replayed = readToEnd();
        LOG.info("Replayed {} records from schema registry topic '{}'", replayed, partition.topic());
    }

    @Override
    public RegistryState state() {
        return state;
    }

    @Override
    public synchronized void append(List<RegistryEvent> events) {
        if (closed) {
            throw new SchemaStoreException("The schema store on topic '" + partition.topic() + "' is closed.");
        }
        int foreign = readToEnd();
        if (foreign > 0) {
            LOG.error("Found {} records another writer added to schema registry topic '{}'; run exactly one registry per topic",
                    foreign, partition.topic());
            throw new SchemaStoreException("Another registry instance changed topic '" + partition.topic()
                    + "'; the change was not written. Retry it, and run exactly one registry per topic.");
        }
        long lastOffset = -1;
        for (Future<RecordMetadata> acknowledgement : send(events)) {
            lastOffset = KafkaCalls.await(acknowledgement, timeout, "write a registry change to topic '" + partition.topic() + "'")
                    .offset();
        }
        readUntil(lastOffset + 1);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            producer.close(timeout);
            consumer.close(timeout);
        }
    }

    private List<Future<RecordMetadata>> send(List<RegistryEvent> events) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        try {
            for (RegistryEvent event : events) {
                EncodedRecord record = codec.encode(event);
                acknowledgements.add(producer.send(
                        new ProducerRecord<>(partition.topic(), PARTITION, record.key(), record.value())));
            }
            return acknowledgements;
        } catch (KafkaException e) {
            throw new SchemaStoreException(
                    "Could not write a registry change to topic '" + partition.topic() + "': " + e.getMessage(), e);
        }
    }

    /** @return how many records were applied */
    private int readToEnd() {
        try {
            return readUntil(consumer.endOffsets(List.of(partition), timeout).get(partition));
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw KafkaCalls.timedOut("find the end of schema registry topic '" + partition.topic() + "'", timeout, e);
        }
    }

    /** Applies records until the consumer's position reaches {@code offset}. @return how many records were applied */
    private int readUntil(long offset) {
        Instant deadline = Instant.now().plus(timeout);
        int applied = 0;
        try {
            while (consumer.position(partition, timeout) < offset) {
                if (Instant.now().isAfter(deadline)) {
                    throw KafkaCalls.timedOut("read schema registry topic '" + partition.topic() + "' up to offset " + offset,
                            timeout, null);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL_INTERVAL)) {
                    apply(record);
                    applied++;
                }
            }
            return applied;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw KafkaCalls.timedOut("read schema registry topic '" + partition.topic() + "'", timeout, e);
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        try {
            state.apply(codec.decode(record.key(), record.value()));
        } catch (IllegalArgumentException e) {
            // A record another tool wrote must not stop the registry; it is skipped, loudly.
            LOG.warn("Skipping unreadable record at offset {} of schema registry topic '{}': {}",
                    record.offset(), record.topic(), e.getMessage());
        }
    }

    private static Properties consumerConfig(String bootstrapServers, Duration timeout) {
        Properties config = KafkaCalls.clientConfig(bootstrapServers, timeout);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }

    private static Properties producerConfig(String bootstrapServers, Duration timeout) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }
}
