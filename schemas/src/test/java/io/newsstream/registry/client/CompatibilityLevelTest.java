package io.newsstream.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompatibilityLevelTest {

    private static final Schema V1 = record(SchemaBuilder.record("Doc").fields().requiredString("id"));
    private static final Schema V2_ADDS_OPTIONAL = record(SchemaBuilder.record("Doc").fields()
            .requiredString("id").name("lang").type().stringType().stringDefault("und"));
    private static final Schema V3_ADDS_REQUIRED = record(SchemaBuilder.record("Doc").fields()
            .requiredString("id").name("lang").type().stringType().stringDefault("und").requiredInt("rank"));
    private static final Schema V2_DROPS_ID = record(SchemaBuilder.record("Doc").fields().optionalString("title"));

    @Test
    @DisplayName("BACKWARD: the new schema must read the latest; a required field without default breaks it")
    void backward() {
        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(V2_ADDS_OPTIONAL, List.of(V1))).isEmpty();
        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(V3_ADDS_REQUIRED, List.of(V2_ADDS_OPTIONAL)))
                .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT").contains("rank");
    }

    @Test
    @DisplayName("FORWARD: the latest must read the new schema; dropping a field the old reader requires breaks it")
    void forward() {
        assertThat(CompatibilityLevel.FORWARD.incompatibilities(V3_ADDS_REQUIRED, List.of(V2_ADDS_OPTIONAL))).isEmpty();
        assertThat(CompatibilityLevel.FORWARD.incompatibilities(V2_DROPS_ID, List.of(V1))).isNotEmpty();
    }

    @Test
    @DisplayName("only _TRANSITIVE levels look past the latest version")
    void transitiveLooksAtEveryVersion() {
        Schema v2WithoutId = record(SchemaBuilder.record("Doc").fields().optionalString("id"));
        List<Schema> newestFirst = List.of(v2WithoutId, V1);
        Schema candidate = record(SchemaBuilder.record("Doc").fields().optionalString("id").requiredString("extra"));

        assertThat(CompatibilityLevel.FORWARD.incompatibilities(candidate, newestFirst)).isEmpty();
        assertThat(CompatibilityLevel.FORWARD_TRANSITIVE.incompatibilities(candidate, newestFirst)).isNotEmpty();
        assertThat(CompatibilityLevel.NONE.incompatibilities(V2_DROPS_ID, newestFirst)).isEmpty();
        assertThat(CompatibilityLevel.FULL.incompatibilities(V2_ADDS_OPTIONAL, List.of())).isEmpty();
    }

    private static Schema record(SchemaBuilder.FieldAssembler<Schema> fields) {
        return fields.endRecord();
    }
}
