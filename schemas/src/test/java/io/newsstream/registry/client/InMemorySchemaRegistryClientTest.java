package io.newsstream.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Span;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {

    private static final Schema SPAN = Span.getClassSchema();
    private static final Schema SPAN_WITH_LABEL = SchemaBuilder.record("Span").namespace("io.newsstream.schema").fields()
            .requiredInt("start").requiredInt("end").name("label").type().stringType().stringDefault("").endRecord();
    private static final Schema SPAN_WITH_REQUIRED_LABEL = SchemaBuilder.record("Span").namespace("io.newsstream.schema")
            .fields().requiredInt("start").requiredInt("end").requiredString("label").endRecord();

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    @DisplayName("ids are global: one schema has one id in every subject; versions count per subject")
    void assignsGlobalIdsAndPerSubjectVersions() {
        int spanId = registry.register("spans-value", SPAN);
        int articleId = registry.register("news.raw-value", RawArticle.getClassSchema());
        int sameSpanElsewhere = registry.register("other-value", SPAN);
        int evolved = registry.register("spans-value", SPAN_WITH_LABEL);

        assertThat(sameSpanElsewhere).isEqualTo(spanId);
        assertThat(articleId).isNotEqualTo(spanId);
        assertThat(registry.register("spans-value", SPAN)).as("re-registering is idempotent").isEqualTo(spanId);
        assertThat(registry.getLatest("spans-value")).isEqualTo(new RegisteredSchema(evolved, "spans-value", 2, SPAN_WITH_LABEL));
        assertThat(registry.lookup("spans-value", SPAN)).isEqualTo(new RegisteredSchema(spanId, "spans-value", 1, SPAN));
        assertThat(registry.getById(articleId)).isEqualTo(RawArticle.getClassSchema());
        assertThat(registry.subjects()).containsExactly("news.raw-value", "other-value", "spans-value");
    }

    @Test
    @DisplayName("missing subjects, schemas and ids give Confluent's error codes")
    void reportsNotFound() {
        registry.register("spans-value", SPAN);

        assertThatThrownBy(() -> registry.getLatest("nope-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND))
                .hasMessageContaining("'nope-value'");
        assertThatThrownBy(() -> registry.lookup("spans-value", SPAN_WITH_LABEL))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND));
        assertThatThrownBy(() -> registry.getById(42))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
                    assertThat(e.isNotFound()).isTrue();
                });
    }

    @Test
    @DisplayName("BACKWARD by default: a new required field without default is refused with 409 and why")
    void enforcesBackwardCompatibility() {
        registry.register("spans-value", SPAN);

        assertThat(registry.isCompatible("spans-value", SPAN_WITH_LABEL)).isTrue();
        assertThat(registry.isCompatible("spans-value", SPAN_WITH_REQUIRED_LABEL)).isFalse();
        assertThat(registry.isCompatible("fresh-value", SPAN_WITH_REQUIRED_LABEL)).isTrue();
        assertThatThrownBy(() -> registry.register("spans-value", SPAN_WITH_REQUIRED_LABEL))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                })
                .hasMessageContaining("subject 'spans-value' (BACKWARD)")
                .hasMessageContaining("label");
        assertThat(registry.getLatest("spans-value").version()).isEqualTo(1);
    }

    @Test
    @DisplayName("a subject's own level overrides the global one; unknown levels are 42203")
    void configuresCompatibilityPerSubject() {
        registry.register("spans-value", SPAN);
        registry.setCompatibility("spans-value", "none");

        assertThat(registry.getCompatibility("spans-value")).isEqualTo("NONE");
        assertThat(registry.getCompatibility("other-value")).isEqualTo("BACKWARD");
        assertThat(registry.getCompatibility(null)).isEqualTo("BACKWARD");
        assertThat(registry.register("spans-value", SPAN_WITH_REQUIRED_LABEL)).isPositive();
        assertThatThrownBy(() -> registry.setCompatibility(null, "SIDEWAYS"))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL))
                .hasMessageContaining("SIDEWAYS");
    }
}
