package io.newsstream.registry.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.client.SchemaRegistryException;
import io.newsstream.registry.store.RegistryEvent.CompatibilityCleared;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryEvent.SchemaIdAssigned;
import io.newsstream.registry.store.RegistryEvent.VersionPurged;
import io.newsstream.registry.store.RegistryEvent.VersionWritten;
import java.io.IOException;

/**
 * Encodes {@link RegistryEvent}s as keyed JSON records of a compacted topic and decodes them back.
 *
 * <p>The key names the entity an event changes (a schema id, a subject version, a compatibility
 * setting), so compaction keeps the latest state of each entity; removals are tombstones (a
 * {@code null} value). Schema-id records are never tombstoned, which keeps ids monotonic across
 * compaction. Pure: no I/O.
 */
final class RegistryRecordCodec {

    /** A record's key and value bytes; a {@code null} value is a tombstone. */
    record EncodedRecord(byte[] key, byte[] value) {
    }

    private static final String KEY_TYPE = "keytype";
    private static final String SCHEMA_ID = "SCHEMA_ID";
    private static final String VERSION = "VERSION";
    private static final String CONFIG = "CONFIG";

    private final ObjectMapper mapper = new ObjectMapper();

    EncodedRecord encode(RegistryEvent event) {
        if (event instanceof SchemaIdAssigned assigned) {
            return record(key(SCHEMA_ID).put("id", assigned.id()),
                    mapper.createObjectNode().put("schema", assigned.schema()));
        }
        if (event instanceof VersionWritten written) {
            return record(versionKey(written.subject(), written.version()),
                    mapper.createObjectNode().put("id", written.id()).put("deleted", written.deleted()));
        }
        if (event instanceof VersionPurged purged) {
            return record(versionKey(purged.subject(), purged.version()), null);
        }
        if (event instanceof CompatibilitySet set) {
            return record(configKey(set.subject()),
                    mapper.createObjectNode().put("compatibilityLevel", set.level().name()));
        }
        CompatibilityCleared cleared = (CompatibilityCleared) event;
        return record(configKey(cleared.subject()), null);
    }

    /**
     * Decodes one record.
     *
     * @throws IllegalArgumentException when the record is not one this codec wrote
     */
    RegistryEvent decode(byte[] keyBytes, byte[] valueBytes) {
        JsonNode key = read(keyBytes, "key");
        JsonNode value = valueBytes == null ? null : read(valueBytes, "value");
        String keyType = key.path(KEY_TYPE).asText();
        switch (keyType) {
            case SCHEMA_ID:
                return new SchemaIdAssigned(requiredInt(key, "id"), requiredText(value, "schema"));
            case VERSION:
                String subject = requiredText(key, "subject");
                int version = requiredInt(key, "version");
                return value == null
                        ? new VersionPurged(subject, version)
                        : new VersionWritten(subject, version, requiredInt(value, "id"), value.path("deleted").asBoolean());
            case CONFIG:
                String configSubject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
                return value == null
                        ? new CompatibilityCleared(configSubject)
                        : new CompatibilitySet(configSubject, level(requiredText(value, "compatibilityLevel")));
            default:
                throw new IllegalArgumentException("unknown record key type '" + keyType + "'");
        }
    }

    private ObjectNode key(String type) {
        return mapper.createObjectNode().put(KEY_TYPE, type);
    }

    private ObjectNode versionKey(String subject, int version) {
        return key(VERSION).put("subject", subject).put("version", version);
    }

    private ObjectNode configKey(String subject) {
        ObjectNode key = key(CONFIG);
        return subject == null ? key : key.put("subject", subject);
    }

    private EncodedRecord record(ObjectNode key, ObjectNode value) {
        try {
            return new EncodedRecord(mapper.writeValueAsBytes(key), value == null ? null : mapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode registry record " + key, e);
        }
    }

    private JsonNode read(byte[] bytes, String part) {
        if (bytes == null) {
            throw new IllegalArgumentException("record has no " + part);
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("record " + part + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static int requiredInt(JsonNode node, String field) {
        if (node == null || !node.path(field).canConvertToInt()) {
            throw new IllegalArgumentException("record lacks integer field '" + field + "'");
        }
        return node.get(field).asInt();
    }

    private static String requiredText(JsonNode node, String field) {
        if (node == null || !node.path(field).isTextual()) {
            throw new IllegalArgumentException("record lacks text field '" + field + "'");
        }
        return node.get(field).asText();
    }

    private static CompatibilityLevel level(String name) {
        try {
            return CompatibilityLevel.parse(name);
        } catch (SchemaRegistryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
