package io.newsstream.registry.store;

import io.newsstream.registry.store.RegistryRecordCodec.EncodedRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
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
 * <p><b>Reads</b> the whole topic once, in {@link #open}, to rebuild the {@link RegistryState};
 * <b>writes</b> each change as keyed records (see {@link RegistryRecordCodec}) with {@code acks=all}
 * and an idempotent producer, and waits for the broker's acknowledgement before applying the change,
 * so an acknowledged id or version survives a restart.
 *
 * <p><b>Single writer.</b> Like Confluent's single primary, exactly one registry instance may
 * write to a topic: this store does not tail the topic after opening, so a second writer's changes
 * would be invisible to it and the two could hand out the same id. Run one registry per topic.
 *
 * <p>A change made of several records (deleting a whole subject) is sent in order but not
 * atomically: if the broker fails midway, the records already written take effect after a restart.
 */
public final class KafkaSchemaStore implements SchemaStore {

    /** The topic Confluent's registry uses, and so the one tools expect. */
    public static final String DEFAULT_TOPIC = "_schemas";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaStore.class);
    private static final int PARTITION = 0;

    private final String topic;
    private final Duration timeout;
    private final KafkaProducer<byte[], byte[]> producer;
    private final RegistryState state;
    private final RegistryRecordCodec codec = new RegistryRecordCodec();
    private boolean closed;

    private KafkaSchemaStore(String topic, Duration timeout, KafkaProducer<byte[], byte[]> producer, RegistryState state) {
        this.topic = topic;
        this.timeout = timeout;
        this.producer = producer;
        this.state = state;
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
        RegistryState state = replay(bootstrapServers, topic, timeout);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers, timeout));
        return new KafkaSchemaStore(topic, timeout, producer, state);
    }

    @Override
    public RegistryState state() {
        return state;
    }

    @Override
    public void append(List<RegistryEvent> events) {
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        try {
            for (RegistryEvent event : events) {
                EncodedRecord record = codec.encode(event);
                acknowledgements.add(producer.send(new ProducerRecord<>(topic, PARTITION, record.key(), record.value())));
            }
        } catch (KafkaException e) {
            throw new SchemaStoreException("Could not write a registry change to topic '" + topic + "': " + e.getMessage(), e);
        }
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            KafkaCalls.await(acknowledgement, timeout, "write a registry change to topic '" + topic + "'");
        }
        events.forEach(state::apply);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            producer.close(timeout);
        }
    }

    private static RegistryState replay(String bootstrapServers, String topic, Duration timeout) {
        RegistryState state = new RegistryState();
        RegistryRecordCodec codec = new RegistryRecordCodec();
        TopicPartition partition = new TopicPartition(topic, PARTITION);
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers, timeout))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            int replayed = 0;
            while (consumer.position(partition, timeout) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new SchemaStoreException("Replaying schema registry topic '" + topic + "' did not reach offset "
                            + end + " within " + timeout.toSeconds() + " s.");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    applyReplayed(codec, state, record);
                    replayed++;
                }
            }
            LOG.info("Replayed {} records from schema registry topic '{}'", replayed, topic);
            return state;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new SchemaStoreException("Cannot read schema registry topic '" + topic + "' from Kafka at "
                    + bootstrapServers + " within " + timeout.toSeconds() + " s.", e);
        }
    }

    private static void applyReplayed(RegistryRecordCodec codec, RegistryState state, ConsumerRecord<byte[], byte[]> record) {
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
