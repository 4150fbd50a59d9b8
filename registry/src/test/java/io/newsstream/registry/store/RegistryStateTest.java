package io.newsstream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.store.RegistryEvent.CompatibilityCleared;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryEvent.SchemaIdAssigned;
import io.newsstream.registry.store.RegistryEvent.VersionPurged;
import io.newsstream.registry.store.RegistryEvent.VersionWritten;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistryStateTest {

    private final RegistryState state = new RegistryState();

    @Test
    @DisplayName("applying the same event twice changes nothing, so re-reading records is harmless")
    void eventsAreIdempotent() {
        RegistryEvent[] events = {
            new SchemaIdAssigned(1, "\"string\""),
            new VersionWritten("titles-value", 1, 1, false),
            new VersionWritten("titles-value", 1, 1, true),
            new CompatibilitySet("titles-value", CompatibilityLevel.FULL)};
        for (RegistryEvent event : events) {
            state.apply(event);
            state.apply(event);
        }

        assertThat(state.versions("titles-value", true)).containsExactly(new SchemaVersion("titles-value", 1, 1, "\"string\"", true));
        assertThat(state.isReferenced(1)).isTrue();
        assertThat(state.subjectCompatibility("titles-value")).contains(CompatibilityLevel.FULL);
    }

    @Test
    @DisplayName("a purge removes the version and, with the last one, the subject; the id stays assigned")
    void purge() {
        state.apply(new SchemaIdAssigned(4, "\"string\""));
        state.apply(new VersionWritten("titles-value", 1, 4, true));

        state.apply(new VersionPurged("titles-value", 1));
        state.apply(new VersionPurged("titles-value", 1));

        assertThat(state.subjects(true)).isEmpty();
        assertThat(state.isReferenced(4)).isFalse();
        assertThat(state.idOf("\"string\"")).contains(4);
        assertThat(state.nextId()).isEqualTo(5);
    }

    @Test
    @DisplayName("clearing the global level restores Confluent's default, BACKWARD")
    void globalLevel() {
        state.apply(new CompatibilitySet(null, CompatibilityLevel.NONE));
        assertThat(state.globalCompatibility()).isEqualTo(CompatibilityLevel.NONE);

        state.apply(new CompatibilityCleared(null));

        assertThat(state.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    }
}
