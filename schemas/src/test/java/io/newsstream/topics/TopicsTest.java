package io.newsstream.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.RawArticle;
import io.newsstream.serde.SampleRecords;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final Topics topics = new Topics(TopicsConfig.defaults(), registry, true);

    @Test
    @DisplayName("default names, and only news.articles is compacted")
    void namesAndCleanup() {
        assertThat(topics.all()).extracting(Topic::name)
                .containsExactly("news.raw", "news.enriched", "news.articles", "news.mentions", "news.dlq");
        assertThat(topics.all()).filteredOn(Topic::compacted).extracting(Topic::name).containsExactly("news.articles");
        assertThat(topics.articles().creationConfigs()).containsEntry("cleanup.policy", "compact");
        assertThat(topics.raw().creationConfigs()).containsEntry("cleanup.policy", "delete");
    }

    @Test
    @DisplayName("a prefix isolates every name")
    void prefixesNames() {
        assertThat(TopicsConfig.withPrefix("it42.")).isEqualTo(
                new TopicsConfig("it42.news.raw", "it42.news.enriched", "it42.news.articles", "it42.news.mentions", "it42.news.dlq"));
    }

    @Test
    @DisplayName("keys are plain UTF-8 strings; values are registry Avro under <topic>-value")
    void wiresSerdes() {
        Topic<String, RawArticle> raw = topics.raw();
        byte[] key = raw.keySerde().serializer().serialize(raw.name(), "a1b2c3");
        byte[] value = raw.valueSerde().serializer().serialize(raw.name(), SampleRecords.rawArticle());

        assertThat(key).isEqualTo("a1b2c3".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.valueSerde().deserializer().deserialize(raw.name(), value)).isEqualTo(SampleRecords.rawArticle());
        assertThat(roundTrip(topics.enriched(), SampleRecords.enrichedArticle())).isEqualTo(SampleRecords.enrichedArticle());
        assertThat(roundTrip(topics.articles(), SampleRecords.enrichedArticle())).isEqualTo(SampleRecords.enrichedArticle());
        assertThat(roundTrip(topics.mentions(), SampleRecords.entityMention())).isEqualTo(SampleRecords.entityMention());
        assertThat(registry.subjects()).containsExactly(
                "news.articles-value", "news.enriched-value", "news.mentions-value", "news.raw-value");
    }

    @Test
    @DisplayName("the dead-letter topic passes bytes through untouched")
    void deadLetterCarriesRawBytes() {
        byte[] unparseable = {(byte) 0x7b, 0x00, (byte) 0xff};

        assertThat(roundTrip(topics.deadLetter(), unparseable)).containsExactly(unparseable);
    }

    @Test
    @DisplayName("without auto-registration, producing to an unprovisioned subject fails")
    void honoursAutoRegisterFlag() {
        Topics strict = new Topics(TopicsConfig.defaults(), registry, false);

        assertThatThrownBy(() -> strict.raw().valueSerde().serializer().serialize("news.raw", SampleRecords.rawArticle()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.raw-value");
    }

    @Test
    @DisplayName("fromConfig reads schema.registry.url and auto.register.schemas")
    void buildsFromSerdeConfig() {
        String scope = "topics-test-" + System.nanoTime();
        try {
            Topics fromConfig = Topics.fromConfig(TopicsConfig.defaults(),
                    Map.of(SchemaRegistryClients.URL_CONFIG, "mock://" + scope, "auto.register.schemas", "true"));

            roundTrip(fromConfig.mentions(), SampleRecords.entityMention());

            assertThat(SchemaRegistryClients.mockScope(scope).subjects()).containsExactly("news.mentions-value");
        } finally {
            SchemaRegistryClients.dropMockScope(scope);
        }
    }

    private static <V> V roundTrip(Topic<?, V> topic, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
    }
}
