package io.newsstream.registry.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A single-partition topic in memory, with Kafka's mock clients wired to it: what a producer
 * sends, consumers read at the next offset. Lets {@link KafkaSchemaStore}'s replay and
 * read-your-writes logic run without a broker.
 */
final class FakeSchemasTopic {

    private final TopicPartition partition;
    private final List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();

    FakeSchemasTopic(String topic) {
        this.partition = new TopicPartition(topic, 0);
    }

    String name() {
        return partition.topic();
    }

    /** Appends a record, as any writer would. @return its offset */
    synchronized long write(byte[] key, byte[] value) {
        long offset = log.size();
        log.add(new ConsumerRecord<>(partition.topic(), partition.partition(), offset, key, value));
        return offset;
    }

    /** A store over this topic, replayed as {@link KafkaSchemaStore#open} would. */
    KafkaSchemaStore openStore() {
        KafkaSchemaStore store = new KafkaSchemaStore(name(), Duration.ofSeconds(5), consumer(), producer());
        store.replayToEnd();
        return store;
    }

    private synchronized List<ConsumerRecord<byte[], byte[]>> recordsFrom(int index) {
        return List.copyOf(log.subList(index, log.size()));
    }

    private synchronized long endOffset() {
        return log.size();
    }

    private MockConsumer<byte[], byte[]> consumer() {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest") {
            private int handedOver;

            @Override
            public synchronized ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
                for (ConsumerRecord<byte[], byte[]> record : recordsFrom(handedOver)) {
                    addRecord(record);
                    handedOver++;
                }
                return super.poll(timeout);
            }

            @Override
            public synchronized Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions, Duration timeout) {
                updateEndOffsets(Map.of(partition, endOffset()));
                return super.endOffsets(partitions, timeout);
            }
        };
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        return consumer;
    }

    private MockProducer<byte[], byte[]> producer() {
        return new MockProducer<>() {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
                long offset = write(record.key(), record.value());
                return CompletableFuture.completedFuture(new RecordMetadata(partition, offset, 0, 0L,
                        record.key().length, record.value() == null ? 0 : record.value().length));
            }
        };
    }
}
