package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecificAvroSerdeTest {

    private static final String TOPIC = "news.raw";

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    static Stream<SpecificRecord> everyRecordType() {
        return Stream.of(SampleRecords.span(), SampleRecords.mention(), SampleRecords.tag(), SampleRecords.quote(),
                SampleRecords.rawArticle(), SampleRecords.enrichedArticle(), SampleRecords.entityMention());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecordType")
    @DisplayName("every record type survives a round trip")
    <T extends SpecificRecord> void roundTripsEveryRecordType(T record) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        Serde<T> serde = new SpecificAvroSerde<>(registry, type);

        byte[] bytes = serde.serializer().serialize(TOPIC, record);

        assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(record);
    }

    @Test
    @DisplayName("bytes are 0x00, the big-endian schema id, then Avro's own binary encoding")
    void writesConfluentWireFormat() throws IOException {
        registry.register("unrelated-value", SampleRecords.span().getSchema());
        RawArticle article = SampleRecords.rawArticle();

        byte[] bytes = new SpecificAvroSerializer<RawArticle>(registry).serialize(TOPIC, article);

        int id = registry.getLatest("news.raw-value").id();
        assertThat(id).isEqualTo(2);
        byte[] expectedHeader = ByteBuffer.allocate(5).put((byte) 0).putInt(id).array();
        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(expectedHeader);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(avroBinary(article));
    }

    @Test
    @DisplayName("keys register under <topic>-key, values under <topic>-value")
    void usesTopicNameStrategy() {
        SpecificAvroSerializer<RawArticle> keySerializer = new SpecificAvroSerializer<>(registry);
        keySerializer.configure(Map.of(), true);
        keySerializer.serialize(TOPIC, SampleRecords.rawArticle());
        new SpecificAvroSerializer<EnrichedArticle>(registry).serialize("news.enriched", SampleRecords.enrichedArticle());

        assertThat(registry.subjects()).containsExactly("news.enriched-value", "news.raw-key");
    }

    @Test
    @DisplayName("null is a tombstone both ways")
    void passesTombstonesThrough() {
        Serde<RawArticle> serde = new SpecificAvroSerde<>(registry, RawArticle.class);

        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    @DisplayName("a serde Kafka instantiates by class name finds the mock:// registry and the generated class")
    void configuresFromMapWithMockScope() {
        String scope = "serde-test-" + System.nanoTime();
        Map<String, String> config = Map.of(SchemaRegistryClients.URL_CONFIG, "mock://" + scope);
        try (SpecificAvroSerde<EnrichedArticle> serde = new SpecificAvroSerde<>()) {
            serde.configure(config, false);

            byte[] bytes = serde.serializer().serialize("news.enriched", SampleRecords.enrichedArticle());

            assertThat(serde.deserializer().deserialize("news.enriched", bytes)).isEqualTo(SampleRecords.enrichedArticle());
            assertThat(SchemaRegistryClients.mockScope(scope).subjects()).containsExactly("news.enriched-value");
        } finally {
            SchemaRegistryClients.dropMockScope(scope);
        }
    }

    @Test
    @DisplayName("with auto-registration off, an unregistered schema fails with the subject named")
    void refusesUnregisteredSchemaWhenAutoRegisterIsOff() {
        SpecificAvroSerializer<RawArticle> serializer =
                new SpecificAvroSerializer<>(registry, new AvroSerdeConfig(false, false));

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SampleRecords.rawArticle()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("subject 'news.raw-value'")
                .hasMessageContaining("not registered");
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    @DisplayName("with auto-registration off, a registered schema is looked up")
    void looksUpRegisteredSchemaWhenAutoRegisterIsOff() {
        int id = registry.register("news.raw-value", RawArticle.getClassSchema());
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(registry);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        byte[] bytes = serializer.serialize(TOPIC, SampleRecords.rawArticle());

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    @DisplayName("use.latest.version writes with the subject's latest schema and id")
    void writesWithLatestVersion() {
        registry.register("news.raw-value", RawArticle.getClassSchema());
        int latest = registry.register("news.raw-value", EvolvedSchemas.rawArticleVersion1());
        SpecificAvroSerializer<RawArticle> serializer =
                new SpecificAvroSerializer<>(registry, new AvroSerdeConfig(false, true));

        byte[] bytes = serializer.serialize(TOPIC, SampleRecords.rawArticle());

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(latest);
        RawArticle read = new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(TOPIC, bytes);
        assertThat(read.getTitle()).isEqualTo(SampleRecords.rawArticle().getTitle());
        assertThat(read.getOrigin()).as("not in the latest schema, so not written").isNull();
    }

    @Test
    @DisplayName("a record that violates its schema fails clearly and does not corrupt the next one")
    void recoversFromEncodingFailure() {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(registry);
        RawArticle missingBody = SampleRecords.rawArticle();
        missingBody.setBody(null);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, missingBody))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot encode io.newsstream.schema.RawArticle for topic news.raw");
        byte[] next = serializer.serialize(TOPIC, SampleRecords.rawArticle());
        assertThat(new SpecificAvroDeserializer<>(registry, RawArticle.class).deserialize(TOPIC, next))
                .isEqualTo(SampleRecords.rawArticle());
    }

    @Test
    @DisplayName("a serializer without a registry says how to give it one")
    void unconfiguredSerializerExplains() {
        assertThatThrownBy(() -> new SpecificAvroSerializer<RawArticle>().serialize(TOPIC, SampleRecords.rawArticle()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema.registry.url");
    }

    static byte[] avroBinary(SpecificRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
