package io.newsstream.registry.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.testing.ArticleSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AvroSchemaTextTest {

    @Test
    @DisplayName("whitespace and key order do not change the canonical text")
    void canonicalIgnoresFormatting() {
        assertThat(AvroSchemaText.parse(ArticleSchemas.V1_REFORMATTED, null).canonical())
                .isEqualTo(AvroSchemaText.parse(ArticleSchemas.V1, "AVRO").canonical());
    }

    @Test
    @DisplayName("defaults stay part of the canonical text, since they decide compatibility")
    void canonicalKeepsDefaults() {
        assertThat(AvroSchemaText.parse(ArticleSchemas.ADD_FIELD_WITH_DEFAULT, "avro").canonical())
                .contains("\"default\":\"en\"");
    }

    @Test
    @DisplayName("an invalid default is an invalid schema, with Avro's explanation")
    void invalidDefault() {
        String schema = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"n\",\"type\":\"int\",\"default\":\"x\"}]}";

        assertThatThrownBy(() -> AvroSchemaText.parse(schema, null))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.error()).isEqualTo(RegistryError.INVALID_SCHEMA))
                .hasMessageStartingWith("Invalid Avro schema: ")
                .hasMessageContaining("n");
    }

    @Test
    @DisplayName("JSON Schema and Protobuf are refused with a message saying only Avro is served")
    void otherTypes() {
        assertThatThrownBy(() -> AvroSchemaText.parse("{}", "JSON"))
                .hasMessage("Schema type JSON is not supported: this registry only supports AVRO schemas.");
    }
}
