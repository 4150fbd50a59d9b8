package io.newsstream.registry.client;

import java.util.Objects;
import org.apache.avro.Schema;

/** One version of a subject: the global schema id, the subject, its version number and the schema. */
public record RegisteredSchema(int id, String subject, int version, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
