package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.content.ContentFingerprint;
import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import io.newsstream.topics.DeadLetterHeaders;
import io.newsstream.topics.Topics;
import io.newsstream.topics.TopicsConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2025-08-18T09:30:00Z");
    private static final Duration DEDUP_WINDOW = Duration.ofDays(7);

    private final Topics topics = new Topics(TopicsConfig.defaults(), new InMemorySchemaRegistryClient(), true);
    private final Enricher enricher = new EngineEnricher(new WordCountingAnalyzer(), Clock.fixed(NOW, ZoneOffset.UTC));

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        driver = new TopologyTestDriver(EnrichTopology.build(topics, enricher, DEDUP_WINDOW), streamsConfig());
        raw = driver.createInputTopic(topics.raw().name(),
                topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.enriched().name(),
                topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    @DisplayName("an article comes out enriched, keyed by its id, with the raw fields intact")
    void enrichesAnArticle() throws Exception {
        RawArticle seed = article("3469b6172892ae86", null,
                Files.readString(Path.of("../../seeds/000_3469b6172892ae86.txt")).split("\nSource link")[0]);
        seed.setPublisherTags(List.of("War", "Politics"));

        raw.pipeInput(seed.getId(), seed, NOW);

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("3469b6172892ae86");
        assertThat(out.value().getArticle()).isEqualTo(seed);
        assertThat(out.value().getEnricherVersion()).isEqualTo("word-counter-1");
        assertThat(out.value().getEnrichedAt()).isEqualTo(NOW);
        assertThat(out.value().getContentFingerprint()).isEqualTo(ContentFingerprint.of(null, seed.getBody()));
        assertThat(out.value().getMentions()).extracting(m -> m.getName()).contains("Witkoff", "Zelenskyy");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("duplicate content is enriched once, whatever its id; an edited article passes again")
    void dropsDuplicateContent() {
        raw.pipeInput("a1", article("a1", "Oil prices rise", "OPEC agreed to cut output."), NOW);
        raw.pipeInput("a1", article("a1", "Oil prices rise", "OPEC agreed to cut output."), NOW.plusSeconds(60));
        raw.pipeInput("a2", article("a2", "Oil Prices Rise", "OPEC agreed  to cut output!"), NOW.plusSeconds(120));
        raw.pipeInput("a1", article("a1", "Oil prices rise", "OPEC agreed to cut output sharply."), NOW.plusSeconds(180));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key + ": " + kv.value.getArticle().getBody())
                .containsExactly("a1: OPEC agreed to cut output.", "a1: OPEC agreed to cut output sharply.");
    }

    @Test
    @DisplayName("a copy older than the dedup window is enriched again")
    void forgetsFingerprintsAfterTheWindow() {
        raw.pipeInput("a1", article("a1", "Storm", "Rain in Houston, Tex."), NOW);
        raw.pipeInput("a1", article("a1", "Storm", "Rain in Houston, Tex."), NOW.plus(DEDUP_WINDOW).plusSeconds(1));

        assertThat(enriched.readValuesToList()).hasSize(2);
    }

    @Test
    @DisplayName("garbage bytes and a wrong magic byte go to the dead-letter topic with the reason; the next record flows")
    void poisonPillsGoToTheDeadLetterTopic() {
        rawBytes.pipeInput("k1".getBytes(StandardCharsets.UTF_8), "not avro at all".getBytes(StandardCharsets.UTF_8), NOW);
        rawBytes.pipeInput("k2".getBytes(StandardCharsets.UTF_8), new byte[] {1, 0, 0, 0, 1, 2, 3}, NOW);
        raw.pipeInput("good", article("good", "Quake", "A quake hit Tokyo."), NOW);

        List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not avro at all");
        assertThat(DeadLetterHeaders.reason(dead.get(0).headers())).hasValueSatisfying(reason -> assertThat(reason).containsIgnoringCase("magic byte"));
        assertThat(DeadLetterHeaders.reason(dead.get(1).headers())).hasValueSatisfying(reason -> assertThat(reason).containsIgnoringCase("magic byte"));
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
    }

    @Test
    @DisplayName("an article the enricher fails on goes to the dead-letter topic; the next one flows")
    void enricherFailuresGoToTheDeadLetterTopic() {
        Enricher failingOnTopSecret = new Enricher() {
            @Override
            public EnrichedArticle enrich(RawArticle article, String contentFingerprint) {
                if (article.getBody().contains("TOP SECRET")) {
                    throw new IllegalStateException("cannot enrich article " + article.getId());
                }
                return enricher.enrich(article, contentFingerprint);
            }

            @Override
            public String version() {
                return "failing";
            }
        };
        driver.close();
        driver = new TopologyTestDriver(EnrichTopology.build(topics, failingOnTopSecret, DEDUP_WINDOW), streamsConfig());
        raw = driver.createInputTopic(topics.raw().name(),
                topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(),
                topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());

        raw.pipeInput("bad", article("bad", "Leak", "TOP SECRET files"), NOW);
        raw.pipeInput("fine", article("fine", "Vote", "Senate voted."), NOW);

        assertThat(DeadLetterHeaders.reason(deadLetters.readRecord().headers()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("cannot enrich article bad"));
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("fine");
    }

    @Test
    @DisplayName("every processor, store and repartition topic has a stable name")
    void everyNodeIsNamed() {
        Topology topology = EnrichTopology.build(topics, enricher, DEDUP_WINDOW);
        TopologyDescription description = topology.describe();

        assertThat(description.toString()).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
        assertThat(description.toString())
                .contains(EnrichTopology.DEDUP_STORE)
                .contains(EnrichTopology.BY_FINGERPRINT + "-repartition");
    }

    private static Properties streamsConfig() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TopicsConfig.defaults().deadLetter());
        return props;
    }

    private static RawArticle article(String id, String title, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setIngestedAt(NOW)
                .build();
    }
}
