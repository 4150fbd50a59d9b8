package io.newsstream.registry.core;

import java.util.Locale;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * A submitted Avro schema, parsed and reduced to a canonical text so that schemas differing only in
 * whitespace or JSON key order get the same id. The canonical text is Avro's own
 * {@link Schema#toString()}, which, unlike the Parsing Canonical Form, keeps defaults, docs and
 * aliases: those matter for compatibility and for readers.
 *
 * @param schema    the parsed schema
 * @param canonical the text stored and served for this schema
 */
public record AvroSchemaText(Schema schema, String canonical) {

    /** The only schema type this registry serves. */
    public static final String AVRO = "AVRO";

    /**
     * Parses {@code text} as an Avro schema.
     *
     * @param schemaType the request's {@code schemaType}; {@code null} means Avro, as in Confluent's API
     * @throws RegistryException {@link RegistryError#INVALID_SCHEMA} for empty, malformed or non-Avro schemas
     */
    public static AvroSchemaText parse(String text, String schemaType) {
        if (schemaType != null && !AVRO.equals(schemaType.toUpperCase(Locale.ROOT))) {
            throw new RegistryException(RegistryError.INVALID_SCHEMA,
                    "Schema type " + schemaType + " is not supported: this registry only supports AVRO schemas.");
        }
        if (text == null || text.isBlank()) {
            throw new RegistryException(RegistryError.INVALID_SCHEMA, "Empty schema: the request has no \"schema\" text.");
        }
        try {
            Schema schema = new Schema.Parser().parse(text);
            return new AvroSchemaText(schema, schema.toString());
        } catch (AvroRuntimeException | IllegalArgumentException e) {
            throw new RegistryException(RegistryError.INVALID_SCHEMA, "Invalid Avro schema: " + e.getMessage(), e);
        }
    }

    /** Parses a schema this registry stored itself, so it is known to be valid. */
    public static Schema parseStored(String canonical) {
        return new Schema.Parser().parse(canonical);
    }
}
