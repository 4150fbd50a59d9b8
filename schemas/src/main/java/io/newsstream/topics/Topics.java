package io.newsstream.topics;

import io.newsstream.registry.client.SchemaRegistryClient;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.RawArticle;
import io.newsstream.serde.AvroSerdeConfig;
import io.newsstream.serde.SpecificAvroSerde;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed catalogue of the pipeline's topics: names from {@link TopicsConfig}, UTF-8 string keys
 * (article or entity ids, readable from any language), Confluent-wire-format Avro values sharing
 * one registry client, and the dead-letter topic's raw bytes (reason in {@link DeadLetterHeaders}).
 *
 * <p>Building it does no I/O; the registry is first called when a value is serialized or read.
 */
public final class Topics {

    private final Topic<String, RawArticle> raw;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, EnrichedArticle> articles;
    private final Topic<String, EntityMention> mentions;
    private final Topic<byte[], byte[]> deadLetter;

    public Topics(TopicsConfig names, SchemaRegistryClient registry, boolean autoRegisterSchemas) {
        AvroSerdeConfig serdeConfig = new AvroSerdeConfig(autoRegisterSchemas, false);
        this.raw = avroTopic(names.raw(), registry, RawArticle.class, serdeConfig, CleanupPolicy.DELETE);
        this.enriched = avroTopic(names.enriched(), registry, EnrichedArticle.class, serdeConfig, CleanupPolicy.DELETE);
        this.articles = avroTopic(names.articles(), registry, EnrichedArticle.class, serdeConfig, CleanupPolicy.COMPACT);
        this.mentions = avroTopic(names.mentions(), registry, EntityMention.class, serdeConfig, CleanupPolicy.DELETE);
        this.deadLetter = new Topic<>(names.deadLetter(), Serdes.ByteArray(), Serdes.ByteArray(), CleanupPolicy.DELETE);
    }

    /**
     * The catalogue for a serde config map: the registry from {@code schema.registry.url} (or
     * {@code mock://scope}) and {@code auto.register.schemas}.
     */
    public static Topics fromConfig(TopicsConfig names, Map<String, ?> serdeConfig) {
        return new Topics(names, SchemaRegistryClients.fromConfig(serdeConfig),
                AvroSerdeConfig.from(serdeConfig).autoRegisterSchemas());
    }

    /** Articles as ingested, keyed by article id. */
    public Topic<String, RawArticle> raw() {
        return raw;
    }

    /** Every enrichment result, keyed by article id. */
    public Topic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    /** The latest enriched state of each article, keyed by article id; compacted. */
    public Topic<String, EnrichedArticle> articles() {
        return articles;
    }

    /** One record per entity mentioned in an article, keyed by entity id. */
    public Topic<String, EntityMention> mentions() {
        return mentions;
    }

    /** The failed records' original key and value bytes, with {@link DeadLetterHeaders}. */
    public Topic<byte[], byte[]> deadLetter() {
        return deadLetter;
    }

    /** Every topic, for provisioning. */
    public List<Topic<?, ?>> all() {
        return List.of(raw, enriched, articles, mentions, deadLetter);
    }

    private static <V extends SpecificRecord> Topic<String, V> avroTopic(String name, SchemaRegistryClient registry,
            Class<V> type, AvroSerdeConfig serdeConfig, CleanupPolicy cleanup) {
        Serde<V> values = new SpecificAvroSerde<>(registry, type, serdeConfig);
        return new Topic<>(name, Serdes.String(), values, cleanup);
    }
}
