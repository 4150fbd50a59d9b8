package io.newsstream.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.newsstream.registry.store.SchemaVersion;
import java.util.List;

/** The JSON bodies of the Confluent Schema Registry API that this registry answers with. */
final class ApiResponses {

    private ApiResponses() {
    }

    record ErrorBody(@JsonProperty("error_code") int errorCode, String message) {
    }

    record RegisteredId(int id) {
    }

    record SchemaText(String schema) {
    }

    /** A subject version; Confluent leaves {@code schemaType} out for Avro, the only type served here. */
    record VersionBody(String subject, int version, int id, String schema) {
        static VersionBody of(SchemaVersion version) {
            return new VersionBody(version.subject(), version.version(), version.id(), version.schema());
        }
    }

    record SubjectVersion(String subject, int version) {
    }

    record CompatibilityLevelBody(String compatibilityLevel) {
    }

    record CompatibilityUpdate(String compatibility) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompatibilityResult(@JsonProperty("is_compatible") boolean isCompatible, List<String> messages) {
    }
}
