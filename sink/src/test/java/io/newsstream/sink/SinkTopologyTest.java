package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.EntityType;
import io.newsstream.schema.Mention;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Span;
import io.newsstream.topics.Topics;
import io.newsstream.topics.TopicsConfig;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTopologyTest {

    private static final Instant NOW = Instant.parse("2025-08-18T09:30:00Z");

    private final Topics topics = new Topics(TopicsConfig.defaults(), new InMemorySchemaRegistryClient(), true);
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, EnrichedArticle> articles;
    private TestOutputTopic<String, EntityMention> mentions;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(SinkTopology.build(topics), props);
        enriched = driver.createInputTopic(topics.enriched().name(),
                topics.enriched().keySerde().serializer(), topics.enriched().valueSerde().serializer());
        articles = driver.createOutputTopic(topics.articles().name(),
                topics.articles().keySerde().deserializer(), topics.articles().valueSerde().deserializer());
        mentions = driver.createOutputTopic(topics.mentions().name(),
                topics.mentions().keySerde().deserializer(), topics.mentions().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void writesTheArticleByIdAndOneRecordPerEntityByEntityId() {
        EnrichedArticle article = enrichedArticle("a1", List.of(
                mention("person:vladimir-putin", "Vladimir Putin", EntityType.PERSON, 2),
                mention("country:ua", "Ukraine", EntityType.LOCATION, 3)));

        enriched.pipeInput("a1", article, NOW);

        assertThat(articles.readKeyValuesToList()).containsExactly(KeyValue.pair("a1", article));
        List<KeyValue<String, EntityMention>> perEntity = mentions.readKeyValuesToList();
        assertThat(perEntity).extracting(kv -> kv.key).containsExactly("person:vladimir-putin", "country:ua");
        assertThat(perEntity.get(1).value.getArticleId()).isEqualTo("a1");
        assertThat(perEntity.get(1).value.getTitle()).isEqualTo("Title of a1");
        assertThat(perEntity.get(1).value.getMention().getCount()).isEqualTo(3);
    }

    @Test
    void anArticleWithoutMentionsStillReachesTheArticlesTopic() {
        enriched.pipeInput("a2", enrichedArticle("a2", List.of()), NOW);

        assertThat(articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a2");
        assertThat(mentions.isEmpty()).isTrue();
    }

    @Test
    void aLateOlderVersionDoesNotReplaceTheNewerOneOnTheArticlesTopic() {
        EnrichedArticle edited = version("a1", "Edited body", NOW.plusSeconds(60), NOW.plusSeconds(61));
        EnrichedArticle original = version("a1", "Original body", NOW, NOW.plusSeconds(62));

        enriched.pipeInput("a1", edited, NOW);
        enriched.pipeInput("a1", original, NOW.plusSeconds(1));

        assertThat(articles.readValuesToList()).extracting(article -> article.getArticle().getBody())
                .last().isEqualTo("Edited body");
        assertThat(store().get("a1").getArticle().getBody()).isEqualTo("Edited body");
    }

    @Test
    void reEnrichingTheSameIngestionReplacesTheOlderEnrichment() {
        enriched.pipeInput("a1", version("a1", "Body", NOW, NOW.plusSeconds(1)), NOW);
        enriched.pipeInput("a1", version("a1", "Body", NOW, NOW.plusSeconds(3600)), NOW.plusSeconds(3600));

        assertThat(articles.readValuesToList()).extracting(EnrichedArticle::getEnrichedAt)
                .last().isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void everyNodeAndStoreIsNamed() {
        String description = SinkTopology.build(topics).describe().toString();

        assertThat(description).doesNotContain("KSTREAM-").doesNotContain("KTABLE-")
                .contains(SinkTopology.LATEST_ARTICLES_STORE);
    }

    private KeyValueStore<String, EnrichedArticle> store() {
        return driver.getKeyValueStore(SinkTopology.LATEST_ARTICLES_STORE);
    }

    private static EnrichedArticle version(String id, String body, Instant ingestedAt, Instant enrichedAt) {
        EnrichedArticle article = enrichedArticle(id, List.of());
        article.getArticle().setBody(body);
        article.getArticle().setIngestedAt(ingestedAt);
        article.setEnrichedAt(enrichedAt);
        return article;
    }

    private static Mention mention(String id, String name, EntityType type, int count) {
        List<Span> spans = IntStream.range(0, count).mapToObj(i -> new Span(i * 10, i * 10 + 5)).toList();
        return Mention.newBuilder().setEntityId(id).setName(name).setType(type).setCount(count).setSpans(spans).build();
    }

    private static EnrichedArticle enrichedArticle(String id, List<Mention> mentions) {
        RawArticle raw = RawArticle.newBuilder().setId(id).setTitle("Title of " + id).setBody("Body").setIngestedAt(NOW).build();
        return EnrichedArticle.newBuilder()
                .setArticle(raw)
                .setMentions(mentions)
                .setContentFingerprint("f".repeat(64))
                .setEnricherVersion("test")
                .setEnrichedAt(NOW)
                .build();
    }
}
