package io.newsstream.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: magic byte {@code 0x00}, the schema id as a 4-byte big-endian int,
 * then the Avro binary encoding of the datum. Also the TopicNameStrategy subject naming.
 */
public final class ConfluentWireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {}

    /** TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. */
    public static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    /** Appends the 5-byte header for {@code schemaId} to {@code out}. */
    static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /**
     * The schema id in the header of {@code payload}.
     *
     * @throws SerializationException naming the topic when the payload is too short or does not
     *     start with the magic byte
     */
    public static int readSchemaId(String topic, byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("Payload of " + payload.length + " byte(s) on topic " + topic
                    + " is too short for Confluent Avro wire format, which needs a " + HEADER_SIZE
                    + "-byte header (magic byte + schema id)");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte 0x%02x at offset 0 of topic %s: not Confluent Avro wire format", payload[0], topic));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }
}
