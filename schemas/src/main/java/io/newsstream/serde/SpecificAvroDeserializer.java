package io.newsstream.serde;

import io.newsstream.registry.client.SchemaRegistryClient;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.registry.client.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro ({@link ConfluentWireFormat}) into generated record classes,
 * byte-compatible with Confluent's {@code KafkaAvroDeserializer} with {@code specific.avro.reader}.
 *
 * <p>The writer schema is fetched by the id in the payload (once per id) and resolved to the reader
 * schema of the target class, so records written with older or newer compatible schemas read into
 * the current class with defaults filled in. Without a target class the class is the generated
 * one named by the writer schema. Null bytes read as null (tombstones). A payload that is not
 * wire format, names an unknown schema id or does not decode fails with a
 * {@link SerializationException} that says exactly what was wrong, for dead-letter records to
 * carry. Thread-safe.
 */
public class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> targetType;
    private final Map<Integer, DatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();
    private SchemaRegistryClient registry;

    /** For Kafka's reflective instantiation; {@link #configure} must follow. Reads into the writer schema's class. */
    public SpecificAvroDeserializer() {
        this.targetType = null;
    }

    /** Reads into {@code targetType}, resolving every writer schema to its schema. */
    public SpecificAvroDeserializer(SchemaRegistryClient registry, Class<T> targetType) {
        this.registry = registry;
        this.targetType = targetType;
    }

    /** Creates the registry client from {@code schema.registry.url} unless one was given. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfig(configs);
        }
    }

    @Override
    public T deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int schemaId = ConfluentWireFormat.readSchemaId(topic, payload);
        DatumReader<T> reader = readersBySchemaId.get(schemaId);
        if (reader == null) {
            reader = readerFor(topic, schemaId);
            readersBySchemaId.put(schemaId, reader);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, ConfluentWireFormat.HEADER_SIZE,
                payload.length - ConfluentWireFormat.HEADER_SIZE, decoders.get());
        decoders.set(decoder);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode Avro payload of " + payload.length + " bytes on topic "
                    + topic + " with writer schema id " + schemaId + ": " + e, e);
        }
    }

    private DatumReader<T> readerFor(String topic, int schemaId) {
        if (registry == null) {
            throw new SerializationException("SpecificAvroDeserializer for topic " + topic
                    + " has no schema registry: construct it with a client or configure it with "
                    + SchemaRegistryClients.URL_CONFIG);
        }
        Schema writer = writerSchema(topic, schemaId);
        Class<?> type = targetType != null ? targetType : SpecificData.get().getClass(writer);
        if (type == null || !SpecificRecord.class.isAssignableFrom(type)) {
            throw new SerializationException("No generated Avro class " + writer.getFullName()
                    + " on the classpath to read schema id " + schemaId + " on topic " + topic);
        }
        SpecificData model = SpecificData.getForClass(type);
        Schema reader = model.getSchema(type);
        SchemaPairCompatibility compatibility = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("Writer schema id " + schemaId + " (" + writer.getFullName() + ") on topic "
                    + topic + " cannot be read as " + type.getName() + ": " + compatibility.getDescription());
        }
        return new SpecificDatumReader<>(writer, reader, model);
    }

    private Schema writerSchema(String topic, int schemaId) {
        try {
            return registry.getById(schemaId);
        } catch (SchemaRegistryException e) {
            throw new SerializationException((e.isNotFound()
                    ? "Unknown schema id " + schemaId + " in payload on topic " + topic + ": the schema registry has no such schema"
                    : "Cannot fetch schema id " + schemaId + " for a payload on topic " + topic) + " (" + e.getMessage() + ")", e);
        }
    }
}
