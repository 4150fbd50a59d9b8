package io.newsstream.serde;

import io.newsstream.registry.client.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * {@link SpecificAvroSerializer} and {@link SpecificAvroDeserializer} as one Kafka {@code Serde},
 * interchangeable with Confluent's {@code SpecificAvroSerde}. Typical use:
 * {@code new SpecificAvroSerde<>(registry, RawArticle.class)}.
 */
public class SpecificAvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {

    /** For Kafka's reflective instantiation (e.g. {@code default.value.serde}); configure with {@code schema.registry.url}. */
    public SpecificAvroSerde() {
        super(new SpecificAvroSerializer<>(), new SpecificAvroDeserializer<>());
    }

    /** A value serde with the default settings (auto-register), reading into {@code type}. */
    public SpecificAvroSerde(SchemaRegistryClient registry, Class<T> type) {
        this(registry, type, AvroSerdeConfig.defaults());
    }

    public SpecificAvroSerde(SchemaRegistryClient registry, Class<T> type, AvroSerdeConfig config) {
        super(new SpecificAvroSerializer<>(registry, config), new SpecificAvroDeserializer<>(registry, type));
    }
}
