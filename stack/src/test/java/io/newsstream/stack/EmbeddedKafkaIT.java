package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafka(EmbeddedKafkaConfig.defaults().withPort(0)).start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    @DisplayName("an idempotent acks=all producer writes records a consumer reads back in order")
    void producesAndConsumes() throws Exception {
        createTopic(kafka, "articles");

        try (KafkaProducer<String, String> producer =
                TestClients.producer(kafka.bootstrapServers())) {
            RecordMetadata first =
                    producer.send(new ProducerRecord<>("articles", "a", "first")).get();
            producer.send(new ProducerRecord<>("articles", "a", "second")).get();
            assertThat(first.offset()).isZero();
        }

        assertThat(
                        TestClients.readValues(
                                kafka.bootstrapServers(), "articles", "read_uncommitted", 2))
                .containsExactly("first", "second");
    }

    @Test
    @DisplayName("a read_committed consumer sees committed transactions and not aborted ones")
    void transactionsWork() {
        createTopic(kafka, "enriched");
        Map<String, Object> transactional =
                Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-kafka-it");

        try (KafkaProducer<String, String> producer =
                TestClients.producer(kafka.bootstrapServers(), transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("enriched", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("enriched", "k", "committed"));
            producer.commitTransaction();
        }

        assertThat(
                        TestClients.readValues(
                                kafka.bootstrapServers(), "enriched", "read_committed", 1))
                .containsExactly("committed");
    }

    @Test
    @DisplayName("a broker restarted on the same data directory still has its records")
    void restartKeepsData(@TempDir Path dataDir) throws Exception {
        EmbeddedKafkaConfig config =
                EmbeddedKafkaConfig.defaults().withPort(0).withDataDir(dataDir);
        try (EmbeddedKafka first = new EmbeddedKafka(config).start();
                KafkaProducer<String, String> producer =
                        TestClients.producer(first.bootstrapServers())) {
            createTopic(first, "kept");
            producer.send(new ProducerRecord<>("kept", "k", "before restart")).get();
        }

        try (EmbeddedKafka second = new EmbeddedKafka(config).start()) {
            assertThat(
                            TestClients.readValues(
                                    second.bootstrapServers(), "kept", "read_uncommitted", 1))
                    .containsExactly("before restart");
        }
        assertThat(dataDir).isDirectoryContaining(path -> path.endsWith("logs"));
    }

    @Test
    @DisplayName("a temporary data directory is deleted on close")
    void temporaryDataDirIsDeleted() {
        Path dataDir;
        try (EmbeddedKafka temporary =
                new EmbeddedKafka(EmbeddedKafkaConfig.defaults().withPort(0))) {
            dataDir = temporary.start().dataDir();
            assertThat(dataDir).isDirectory();
        }
        assertThat(dataDir).doesNotExist();
    }

    private static void createTopic(EmbeddedKafka broker, String name) {
        new TopicProvisioner(broker.bootstrapServers(), TIMEOUT)
                .ensureTopics(List.of(new NewTopic(name, 1, (short) 1)));
    }
}
