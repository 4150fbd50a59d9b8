package io.newsstream.registry.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.registry.core.RegistryError;
import io.newsstream.registry.core.RegistryException;
import java.util.List;

/**
 * The body of register, lookup and compatibility requests:
 * {@code {"schema": "...", "schemaType": "AVRO", "references": []}}. Fields newer clients add
 * (metadata, rule sets) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SchemaRequest(String schema, String schemaType, List<JsonNode> references) {

    static final SchemaRequest EMPTY = new SchemaRequest(null, null, List.of());

    /** Rejects what this registry cannot honour rather than silently ignoring it. */
    SchemaRequest requireNoReferences() {
        if (references != null && !references.isEmpty()) {
            throw new RegistryException(RegistryError.INVALID_SCHEMA,
                    "Schema references are not supported by this registry; inline the referenced types instead.");
        }
        return this;
    }
}
