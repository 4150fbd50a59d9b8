package io.newsstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpecificAvroDeserializerTest {

    private static final String TOPIC = "news.raw";
    private static final String SUBJECT = "news.raw-value";

    private static final GenericData WITH_TIMESTAMPS = new GenericData();

    static {
        WITH_TIMESTAMPS.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    }

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final SpecificAvroDeserializer<RawArticle> deserializer = new SpecificAvroDeserializer<>(registry, RawArticle.class);

    @Test
    @DisplayName("a record written with an older schema reads into the current class with defaults")
    void readsOlderWriterSchemaWithDefaults() throws IOException {
        Schema version1 = EvolvedSchemas.rawArticleVersion1();
        int id = registry.register(SUBJECT, version1);
        GenericRecord old = new GenericData.Record(version1);
        old.put("id", "old-1");
        old.put("title", "Written before language existed");
        old.put("body", "Body");
        old.put("ingested_at", Instant.parse("2023-11-14T22:13:20Z"));

        RawArticle read = deserializer.deserialize(TOPIC, wire(id, old));

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getTitle()).isEqualTo("Written before language existed");
        assertThat(read.getIngestedAt()).hasToString("2023-11-14T22:13:20Z");
        assertThat(read.getLanguage()).isNull();
        assertThat(read.getPublisherTags()).isEmpty();
        assertThat(read.getOrigin()).isNull();
    }

    @Test
    @DisplayName("a record written with a newer schema reads into the current class, dropping unknown fields")
    void readsNewerWriterSchema() throws IOException {
        Schema newer = EvolvedSchemas.rawArticleWithExtraField();
        int id = registry.register(SUBJECT, newer);
        GenericData.Record record = new GenericData.Record(newer);
        RawArticle sample = SampleRecords.rawArticle();
        sample.getSchema().getFields().forEach(field -> record.put(field.name(), sample.get(field.pos())));
        record.put("paywalled", true);

        assertThat(deserializer.deserialize(TOPIC, wire(id, record))).isEqualTo(sample);
    }

    @Test
    @DisplayName("an unreadable writer schema is reported with both names")
    void rejectsIncompatibleWriterSchema() throws IOException {
        Schema incompatible = EvolvedSchemas.rawArticleIncompatible();
        int id = registry.register("elsewhere-value", incompatible);
        GenericData.Record record = new GenericData.Record(incompatible);
        record.put("id", 7L);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, wire(id, record)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Writer schema id " + id + " (io.newsstream.schema.RawArticle) on topic news.raw")
                .hasMessageContaining("cannot be read as io.newsstream.schema.RawArticle");
    }

    @Test
    @DisplayName("JSON on an Avro topic is rejected by its magic byte")
    void rejectsWrongMagicByte() {
        byte[] json = "{\"id\":\"a1\",\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Unknown magic byte 0x7b at offset 0 of topic news.raw: not Confluent Avro wire format");
    }

    @Test
    @DisplayName("a payload shorter than the header is rejected")
    void rejectsTooShortPayload() {
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Payload of 3 byte(s) on topic news.raw is too short");
    }

    @Test
    @DisplayName("an id the registry does not know is reported")
    void rejectsUnknownSchemaId() {
        byte[] payload = ByteBuffer.allocate(6).put((byte) 0).putInt(999).put((byte) 2).array();

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, payload))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Unknown schema id 999 in payload on topic news.raw");
    }

    @Test
    @DisplayName("a truncated Avro body is reported with its schema id")
    void rejectsUndecodableBody() {
        byte[] whole = new SpecificAvroSerializer<RawArticle>(registry).serialize(TOPIC, SampleRecords.rawArticle());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Cannot decode Avro payload of " + truncated.length + " bytes on topic news.raw")
                .hasMessageContaining("writer schema id 1");
        assertThat(deserializer.deserialize(TOPIC, whole)).isEqualTo(SampleRecords.rawArticle());
    }

    private static byte[] wire(int schemaId, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema(), WITH_TIMESTAMPS).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
