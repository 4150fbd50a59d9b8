package io.newsstream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.core.SchemaRegistry;
import io.newsstream.registry.store.RegistryRecordCodec.EncodedRecord;
import io.newsstream.registry.testing.ArticleSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistryStateTest {

    /** A store that keeps the records it would have sent to Kafka, to replay them as a restart would. */
    private static final class RecordingStore implements SchemaStore {
        private final RegistryRecordCodec codec = new RegistryRecordCodec();
        private final RegistryState state = new RegistryState();
        private final List<EncodedRecord> log = new ArrayList<>();

        @Override
        public RegistryState state() {
            return state;
        }

        @Override
        public void append(List<RegistryEvent> events) {
            events.forEach(event -> log.add(codec.encode(event)));
            events.forEach(state::apply);
        }

        @Override
        public void close() {
        }

        RegistryState replay() {
            RegistryState replayed = new RegistryState();
            log.forEach(record -> replayed.apply(codec.decode(record.key(), record.value())));
            return replayed;
        }
    }

    @Test
    @DisplayName("replaying the written records rebuilds ids, versions, deletions and levels exactly")
    void replayRebuildsState() {
        RecordingStore store = new RecordingStore();
        SchemaRegistry registry = new SchemaRegistry(store);
        int first = registry.register("articles-value", ArticleSchemas.V1, null);
        registry.register("articles-value", ArticleSchemas.ADD_FIELD_WITH_DEFAULT, null);
        int source = registry.register("sources-value", ArticleSchemas.SOURCE, null);
        registry.deleteVersion("articles-value", "2", false);
        registry.deleteSubject("sources-value", false);
        registry.deleteSubject("sources-value", true);
        registry.setSubjectCompatibility("articles-value", CompatibilityLevel.FULL);
        registry.setGlobalCompatibility(CompatibilityLevel.NONE);

        RegistryState replayed = store.replay();

        assertThat(replayed.subjects(true)).containsExactly("articles-value");
        assertThat(replayed.versions("articles-value", true)).isEqualTo(store.state().versions("articles-value", true));
        assertThat(replayed.versions("articles-value", false)).extracting(SchemaVersion::id).containsExactly(first);
        assertThat(replayed.subjectCompatibility("articles-value")).contains(CompatibilityLevel.FULL);
        assertThat(replayed.globalCompatibility()).isEqualTo(CompatibilityLevel.NONE);
        assertThat(replayed.nextId()).as("ids are not reused after a purge").isEqualTo(source + 1);
        assertThat(replayed.isReferenced(first)).isTrue();
        assertThat(replayed.isReferenced(source)).as("purged everywhere").isFalse();
    }

    @Test
    @DisplayName("ids keep growing after the highest id's versions are purged")
    void idsAreMonotonic() {
        SchemaRegistry registry = new SchemaRegistry(new InMemorySchemaStore());
        int first = registry.register("articles-value", ArticleSchemas.V1, null);
        registry.deleteSubject("articles-value", false);
        registry.deleteSubject("articles-value", true);

        int next = registry.register("sources-value", ArticleSchemas.SOURCE, null);

        assertThat(next).isGreaterThan(first);
    }
}
