package io.newsstream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.store.RegistryEvent.CompatibilityCleared;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryEvent.SchemaIdAssigned;
import io.newsstream.registry.store.RegistryEvent.VersionPurged;
import io.newsstream.registry.store.RegistryEvent.VersionWritten;
import io.newsstream.registry.store.RegistryRecordCodec.EncodedRecord;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryRecordCodecTest {

    private final RegistryRecordCodec codec = new RegistryRecordCodec();

    static Stream<RegistryEvent> events() {
        return Stream.of(
                new SchemaIdAssigned(7, "{\"type\":\"string\"}"),
                new VersionWritten("articles-value", 3, 7, false),
                new VersionWritten("articles-value", 3, 7, true),
                new VersionPurged("articles-value", 3),
                new CompatibilitySet("articles-value", CompatibilityLevel.FULL_TRANSITIVE),
                new CompatibilitySet(null, CompatibilityLevel.NONE),
                new CompatibilityCleared("articles-value"),
                new CompatibilityCleared(null));
    }

    @ParameterizedTest
    @MethodSource("events")
    @DisplayName("every event survives an encode/decode round trip")
    void roundTrip(RegistryEvent event) {
        EncodedRecord record = codec.encode(event);

        assertThat(codec.decode(record.key(), record.value())).isEqualTo(event);
    }

    @Test
    @DisplayName("changes to the same entity share a key, so compaction keeps only the latest")
    void keysNameTheEntity() {
        EncodedRecord written = codec.encode(new VersionWritten("articles-value", 3, 7, false));
        EncodedRecord softDeleted = codec.encode(new VersionWritten("articles-value", 3, 7, true));
        EncodedRecord purged = codec.encode(new VersionPurged("articles-value", 3));
        EncodedRecord otherVersion = codec.encode(new VersionWritten("articles-value", 4, 7, false));

        assertThat(softDeleted.key()).isEqualTo(written.key());
        assertThat(purged.key()).isEqualTo(written.key());
        assertThat(purged.value()).as("a purge is a tombstone").isNull();
        assertThat(otherVersion.key()).isNotEqualTo(written.key());
        assertThat(new String(written.key(), StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"VERSION\",\"subject\":\"articles-value\",\"version\":3}");
    }

    @Test
    @DisplayName("records it did not write are rejected with a reason, not misread")
    void rejectsForeignRecords() {
        assertThatThrownBy(() -> codec.decode(bytes("{\"keytype\":\"NOOP\"}"), bytes("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOOP");
        assertThatThrownBy(() -> codec.decode(bytes("not json"), bytes("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key is not JSON");
        assertThatThrownBy(() -> codec.decode(bytes("{\"keytype\":\"SCHEMA_ID\",\"id\":1}"), bytes("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> codec.decode(null, bytes("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
