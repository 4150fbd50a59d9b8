package io.newsstream.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.core.SchemaRegistry;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryRecordCodec.EncodedRecord;
import io.newsstream.registry.testing.ArticleSchemas;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KafkaSchemaStoreTest {

    private final FakeSchemasTopic topic = new FakeSchemasTopic(KafkaSchemaStore.DEFAULT_TOPIC);

    @Test
    @DisplayName("a reopened store has exactly the ids, versions, deletions and levels the previous one wrote")
    void restartKeepsState() {
        int articleId;
        int sourceId;
        RegistryState before;
        try (KafkaSchemaStore first = topic.openStore()) {
            SchemaRegistry registry = new SchemaRegistry(first);
            articleId = registry.register("articles-value", ArticleSchemas.V1, null);
            registry.register("articles-value", ArticleSchemas.ADD_FIELD_WITH_DEFAULT, null);
            sourceId = registry.register("sources-value", ArticleSchemas.SOURCE, null);
            registry.deleteVersion("articles-value", "2", false);
            registry.deleteSubject("sources-value", false);
            registry.deleteSubject("sources-value", true);
            registry.setSubjectCompatibility("articles-value", CompatibilityLevel.FULL);
            registry.setGlobalCompatibility(CompatibilityLevel.NONE);
            before = first.state();
        }

        try (KafkaSchemaStore reopened = topic.openStore()) {
            RegistryState after = reopened.state();

            assertThat(after.subjects(true)).containsExactly("articles-value");
            assertThat(after.versions("articles-value", true)).isEqualTo(before.versions("articles-value", true));
            assertThat(after.versions("articles-value", false)).extracting(SchemaVersion::id).containsExactly(articleId);
            assertThat(after.subjectCompatibility("articles-value")).contains(CompatibilityLevel.FULL);
            assertThat(after.globalCompatibility()).isEqualTo(CompatibilityLevel.NONE);
            assertThat(after.isReferenced(sourceId)).as("purged everywhere").isFalse();
            assertThat(new SchemaRegistry(reopened).register("sources-value", ArticleSchemas.SOURCE, null))
                    .as("the purged schema keeps its id; ids are never reused").isEqualTo(sourceId);
            assertThat(after.nextId()).isEqualTo(sourceId + 1);
        }
    }

    @Test
    @DisplayName("a change shows in the state only once it has been read back from the topic")
    void readsItsOwnWrites() {
        try (KafkaSchemaStore store = topic.openStore()) {
            store.append(List.of(new CompatibilitySet(null, CompatibilityLevel.NONE)));

            assertThat(store.state().globalCompatibility()).isEqualTo(CompatibilityLevel.NONE);
        }
    }

    @Test
    @DisplayName("records from another writer are folded in and the stale write is refused")
    void detectsAnotherWriter() {
        try (KafkaSchemaStore store = topic.openStore()) {
            EncodedRecord foreign = new RegistryRecordCodec().encode(new CompatibilitySet(null, CompatibilityLevel.FORWARD));
            topic.write(foreign.key(), foreign.value());

            assertThatThrownBy(() -> store.append(List.of(new CompatibilitySet(null, CompatibilityLevel.NONE))))
                    .isInstanceOf(SchemaStoreException.class)
                    .hasMessageContaining("Another registry instance changed topic '_schemas'");
            assertThat(store.state().globalCompatibility()).isEqualTo(CompatibilityLevel.FORWARD);

            store.append(List.of(new CompatibilitySet(null, CompatibilityLevel.NONE)));
            assertThat(store.state().globalCompatibility()).as("a retry succeeds").isEqualTo(CompatibilityLevel.NONE);
        }
    }

    @Test
    @DisplayName("an unreadable record is skipped on replay instead of stopping the registry")
    void skipsUnreadableRecords() {
        topic.write("garbage".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        EncodedRecord level = new RegistryRecordCodec().encode(new CompatibilitySet(null, CompatibilityLevel.FULL));
        topic.write(level.key(), level.value());

        try (KafkaSchemaStore store = topic.openStore()) {
            assertThat(store.state().globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
        }
    }

    @Test
    @DisplayName("an unreachable cluster fails open() within the timeout with a message naming the servers")
    void unreachableKafka() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> KafkaSchemaStore.open(bootstrap, KafkaSchemaStore.DEFAULT_TOPIC, Duration.ofSeconds(2)))
                .isInstanceOf(SchemaStoreException.class)
                .hasMessage("Could not reach Kafka at " + bootstrap + " within 2 s.");
    }
}
