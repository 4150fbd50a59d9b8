package io.newsstream.serde;

import io.newsstream.registry.client.SchemaRegistryClient;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.registry.client.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in the Confluent wire format ({@link ConfluentWireFormat}),
 * byte-compatible with Confluent's {@code KafkaAvroSerializer}, under TopicNameStrategy subjects.
 *
 * <p>The schema id is resolved once per (subject, record schema) through the registry: registered
 * when {@code auto.register.schemas} is true, otherwise looked up, or taken from the subject's
 * latest version with {@code use.latest.version}. After that a record costs one Avro encoding into a
 * per-thread reused buffer and no registry call. Null serializes to null (a tombstone). Any
 * failure is a {@link SerializationException} naming the topic and schema. Thread-safe.
 *
 * <p>Construct with a client, or with no arguments and {@link #configure} as Kafka does from a
 * class name (then {@code schema.registry.url} is required).
 */
public class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final Map<SubjectSchema, WriteTarget> targets = new ConcurrentHashMap<>();
    private final ThreadLocal<EncodingBuffer> buffers = ThreadLocal.withInitial(EncodingBuffer::new);
    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private boolean isKey;

    /** For Kafka's reflective instantiation; {@link #configure} must follow. */
    public SpecificAvroSerializer() {
        this.config = AvroSerdeConfig.defaults();
    }

    public SpecificAvroSerializer(SchemaRegistryClient registry) {
        this(registry, AvroSerdeConfig.defaults());
    }

    public SpecificAvroSerializer(SchemaRegistryClient registry, AvroSerdeConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** Reads {@link AvroSerdeConfig}; creates the registry client from the config unless one was given. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.config = AvroSerdeConfig.from(configs);
        if (registry == null) {
            registry = SchemaRegistryClients.fromConfig(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new SerializationException("SpecificAvroSerializer for topic " + topic
                    + " has no schema registry: construct it with a client or configure it with "
                    + SchemaRegistryClients.URL_CONFIG);
        }
        String subject = ConfluentWireFormat.subject(topic, isKey);
        SubjectSchema key = new SubjectSchema(subject, record.getSchema());
        WriteTarget target = targets.get(key);
        if (target == null) {
            target = resolve(topic, subject, record);
            targets.put(key, target);
        }
        return buffers.get().encode(target, record, topic);
    }

    private WriteTarget resolve(String topic, String subject, T record) {
        Schema own = record.getSchema();
        SpecificData model = SpecificData.getForClass(record.getClass());
        try {
            if (config.autoRegisterSchemas()) {
                return new WriteTarget(registry.register(subject, own), new SpecificDatumWriter<>(own, model));
            }
            if (config.useLatestVersion()) {
                var latest = registry.getLatest(subject);
                return new WriteTarget(latest.id(), new SpecificDatumWriter<>(latest.schema(), model));
            }
            return new WriteTarget(registry.lookup(subject, own).id(), new SpecificDatumWriter<>(own, model));
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot serialize " + own.getFullName() + " to topic " + topic
                    + ": no schema id for subject '" + subject + "' ("
                    + (config.autoRegisterSchemas() ? "registration failed" : "auto.register.schemas=false and "
                            + (config.useLatestVersion() ? "the latest version is unavailable" : "the schema is not registered"))
                    + "): " + e.getMessage(), e);
        }
    }

    private record SubjectSchema(String subject, Schema schema) {}

    private record WriteTarget(int schemaId, DatumWriter<Object> writer) {}

    /** A per-thread output buffer and Avro encoder, reused across records. */
    private static final class EncodingBuffer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        private BinaryEncoder encoder;

        byte[] encode(WriteTarget target, Object record, String topic) {
            out.reset();
            ConfluentWireFormat.writeHeader(out, target.schemaId());
            encoder = EncoderFactory.get().binaryEncoder(out, encoder);
            try {
                target.writer().write(record, encoder);
                encoder.flush();
            } catch (IOException | RuntimeException e) {
                encoder = null; // it may still buffer a partial record, which reuse would flush into the next one
                throw new SerializationException("Cannot encode " + record.getClass().getName() + " for topic " + topic
                        + " with schema id " + target.schemaId() + ": " + e, e);
            }
            return out.toByteArray();
        }
    }
}
