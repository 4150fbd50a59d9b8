package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import io.newsstream.ingest.publish.IngestReport;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.RawArticle;
import io.newsstream.testkit.KafkaStack;
import io.newsstream.testkit.NewsstreamIntegrationTest;
import io.newsstream.topics.DeadLetterHeaders;
import io.newsstream.topics.Topic;
import io.newsstream.topics.TopicsConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real broker and registry: files in, records on the downstream topics
 * out, decoded with the project's own deserializer. Each test runs its own copy of the pipeline
 * (own topic names and application ids) on the shared stack.
 */
@NewsstreamIntegrationTest
class PipelineEndToEndIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Path SEEDS = Path.of("../seeds");
    private static final String SEED_ID_FILE = "000_3469b6172892ae86.txt";

    private final KafkaStack stack;
    private Pipeline pipeline;
    private StreamsService enrich;
    private StreamsService sink;

    PipelineEndToEndIT(KafkaStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void startPipeline(@TempDir Path stateDir) {
        String run = "it-" + UUID.randomUUID().toString().substring(0, 8);
        pipeline = Pipeline.connect(stack.bootstrapServers(), stack.schemaRegistryUrl(), TopicsConfig.withPrefix(run + "."), run);
        pipeline.provisionTopics(Duration.ofSeconds(30));
        enrich = pipeline.startEnrich(stateDir);
        sink = pipeline.startSink(stateDir);
    }

    @AfterEach
    void stopPipeline() {
        sink.close();
        enrich.close();
    }

    @Test
    @DisplayName("seed files in: enriched articles on news.articles and per-entity records on news.mentions")
    void seedsReachTheDownstreamTopics(@TempDir Path inputs) throws Exception {
        Path unreadable = Files.writeString(inputs.resolve("broken.jsonl"), "{\"title\": \"no body\"}\n");

        IngestReport report = pipeline.ingest(List.of(SEEDS, unreadable));

        assertThat(report.failures()).singleElement().satisfies(failure ->
                assertThat(failure.toString()).contains("broken.jsonl line 1").contains("no 'body'"));
        Set<String> ids = Set.copyOf(report.publishedIds());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(1);

        Map<String, EnrichedArticle> articles;
        try (TopicReader<String, EnrichedArticle> reader = reader(pipeline.topics().articles())) {
            articles = reader.readUntil(read -> keys(read).containsAll(ids), TIMEOUT).stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (first, later) -> later));
        }
        EnrichedArticle seed = articles.values().stream()
                .filter(article -> article.getArticle().getOrigin().endsWith(SEED_ID_FILE))
                .findFirst().orElseThrow();
        RawArticle raw = seed.getArticle();
        assertThat(raw.getPublisherTags()).containsExactly("War", "Marco Rubio", "Ukraine", "Donald Trump", "Politics",
                "Russia", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelenskyy", "European Union");
        assertThat(raw.getBody()).doesNotContain("Source link").doesNotContain("Steve Witkoff, Vladimir Putin");
        assertThat(seed.getMentions()).extracting(mention -> mention.getName()).contains("Vladimir Putin", "Donald Trump");
        assertThat(seed.getTags()).isNotEmpty();
        assertThat(seed.getEnricherVersion()).isNotBlank();

        try (TopicReader<String, EntityMention> reader = reader(pipeline.topics().mentions())) {
            List<ConsumerRecord<String, EntityMention>> mentions = reader.readUntil(
                    read -> read.stream().anyMatch(r -> r.value().getArticleId().equals(raw.getId())
                            && r.value().getMention().getName().equals("Vladimir Putin")), TIMEOUT);
            ConsumerRecord<String, EntityMention> putin = mentions.stream()
                    .filter(r -> r.value().getMention().getName().equals("Vladimir Putin")).findFirst().orElseThrow();
            assertThat(putin.key()).isEqualTo(putin.value().getMention().getEntityId());
        }

        try (TopicReader<byte[], byte[]> reader = bytesReader(pipeline.topics().deadLetter().name())) {
            ConsumerRecord<byte[], byte[]> rejected = reader.readUntil(read -> !read.isEmpty(), TIMEOUT).get(0);
            assertThat(new String(rejected.value(), StandardCharsets.UTF_8)).isEqualTo("{\"title\": \"no body\"}");
            assertThat(DeadLetterHeaders.reason(rejected.headers())).hasValueSatisfying(reason ->
                    assertThat(reason).contains("broken.jsonl line 1"));
        }
    }

    @Test
    @DisplayName("garbage bytes and a wrong magic byte land in the dead-letter topic with a reason; the next good record flows")
    void poisonPillsDoNotStopThePipeline(@TempDir Path inputs) throws Exception {
        String raw = pipeline.topics().raw().name();
        try (KafkaProducer<byte[], byte[]> producer = bytesProducer()) {
            producer.send(new ProducerRecord<>(raw, bytes("garbage"), bytes("this is not Avro"))).get();
            producer.send(new ProducerRecord<>(raw, bytes("wrong-magic"), new byte[] {7, 0, 0, 0, 1, 42})).get();
        }
        Path good = Files.writeString(inputs.resolve("after.txt"),
                "Quake shakes Tokyo\n\nTOKYO, March 3 - A strong earthquake shook Tokyo on Tuesday, Japan's weather agency said.");
        String goodId = pipeline.ingest(List.of(good)).publishedIds().get(0);

        try (TopicReader<byte[], byte[]> reader = bytesReader(pipeline.topics().deadLetter().name())) {
            List<ConsumerRecord<byte[], byte[]>> dead = reader.readUntil(read -> read.size() >= 2, TIMEOUT);
            assertThat(dead).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("garbage", "wrong-magic");
            assertThat(dead).allSatisfy(record -> {
                assertThat(DeadLetterHeaders.reason(record.headers())).hasValueSatisfying(reason ->
                        assertThat(reason).containsIgnoringCase("magic byte"));
                assertThat(DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.TOPIC)).contains(raw);
            });
            assertThat(dead.get(1).value()).containsExactly(7, 0, 0, 0, 1, 42);
        }
        try (TopicReader<String, EnrichedArticle> reader = reader(pipeline.topics().enriched())) {
            assertThat(reader.readUntil(read -> keys(read).contains(goodId), TIMEOUT)).isNotEmpty();
        }
        assertThat(enrich.isRunning()).isTrue();
    }

    private <V> TopicReader<String, V> reader(Topic<String, V> topic) {
        return new TopicReader<>(stack.bootstrapServers(), topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    private TopicReader<byte[], byte[]> bytesReader(String topic) {
        return new TopicReader<>(stack.bootstrapServers(), topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> bytesProducer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static <K, V> Set<K> keys(List<ConsumerRecord<K, V>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
