package io.newsstream.ingest.publish;

import io.newsstream.ingest.parse.ParseException;
import io.newsstream.schema.RawArticle;
import io.newsstream.topics.DeadLetterHeaders;
import io.newsstream.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes {@code RawArticle}s to {@code news.raw}, keyed by article id, and unreadable input to
 * the dead-letter topic with the reason in the same headers Kafka Streams uses (KIP-1034).
 *
 * <p>One idempotent producer with {@code acks=all} carries both, so a retry never duplicates an
 * article and an acknowledged article survives the loss of a broker. Values are serialized up
 * front with the topic's Confluent-wire-format serde, which registers the schema on first use.
 */
public final class KafkaArticlePublisher implements ArticlePublisher {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;
    private final Serializer<String> keySerializer;
    private final Serializer<RawArticle> valueSerializer;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final Callback recordFailure = (metadata, error) -> {
        if (error != null) {
            firstFailure.compareAndSet(null, error);
        }
    };

    private KafkaArticlePublisher(KafkaProducer<byte[], byte[]> producer, Topics topics) {
        this.producer = producer;
        this.topics = topics;
        this.keySerializer = topics.raw().keySerde().serializer();
        this.valueSerializer = topics.raw().valueSerde().serializer();
    }

    public static KafkaArticlePublisher create(String bootstrapServers, Topics topics) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-ingest");
        return new KafkaArticlePublisher(
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()), topics);
    }

    @Override
    public void publish(RawArticle article) {
        String topic = topics.raw().name();
        producer.send(new ProducerRecord<>(topic,
                keySerializer.serialize(topic, article.getId()),
                valueSerializer.serialize(topic, article)), recordFailure);
    }

    @Override
    public void deadLetter(String origin, String reason, byte[] rawInput) {
        ParseException failure = new ParseException(origin + ": " + reason);
        producer.send(new ProducerRecord<>(topics.deadLetter().name(), null,
                origin.getBytes(StandardCharsets.UTF_8), rawInput, DeadLetterHeaders.forFailure(failure)), recordFailure);
    }

    @Override
    public void flush() {
        producer.flush();
        Exception failure = firstFailure.getAndSet(null);
        if (failure != null) {
            throw new KafkaException("publishing to Kafka failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
