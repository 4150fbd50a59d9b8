package io.newsstream.registry.core;

import static io.newsstream.registry.client.CompatibilityLevel.BACKWARD;
import static io.newsstream.registry.client.CompatibilityLevel.BACKWARD_TRANSITIVE;
import static io.newsstream.registry.client.CompatibilityLevel.FORWARD;
import static io.newsstream.registry.client.CompatibilityLevel.FORWARD_TRANSITIVE;
import static io.newsstream.registry.client.CompatibilityLevel.FULL;
import static io.newsstream.registry.client.CompatibilityLevel.FULL_TRANSITIVE;
import static io.newsstream.registry.client.CompatibilityLevel.NONE;
import static io.newsstream.registry.testing.ArticleSchemas.URL;
import static io.newsstream.registry.testing.ArticleSchemas.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.store.InMemorySchemaStore;
import io.newsstream.registry.testing.ArticleSchemas;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("every compatibility level, applied by the registry to a subject's history")
class CompatibilityModesTest {

    private static final String SUBJECT = "articles-value";
    private static final String LANGUAGE_WITH_DEFAULT = "{\"name\":\"language\",\"type\":\"string\",\"default\":\"en\"}";
    private static final String LANGUAGE_REQUIRED = "{\"name\":\"language\",\"type\":\"string\"}";

    /** A registry whose subject holds {@code history} (oldest first) and then gets {@code level}. */
    private static SchemaRegistry registryWith(List<String> history, CompatibilityLevel level) {
        SchemaRegistry registry = new SchemaRegistry(new InMemorySchemaStore());
        registry.setSubjectCompatibility(SUBJECT, NONE);
        history.forEach(schema -> registry.register(SUBJECT, schema, null));
        registry.setSubjectCompatibility(SUBJECT, level);
        return registry;
    }

    private static boolean accepts(List<String> history, CompatibilityLevel level, String candidate) {
        return registryWith(history, level).checkAgainstSubject(SUBJECT, candidate, null).isEmpty();
    }

    static Stream<Arguments> evolutionsOfV1() {
        // evolution, then the verdict of NONE, BACKWARD, FORWARD, FULL; with one earlier version the
        // transitive levels agree with their plain counterparts
        return Stream.of(
                Arguments.of("add field with default", ArticleSchemas.ADD_FIELD_WITH_DEFAULT, true, true, true, true),
                Arguments.of("add field without default", ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT, true, false, true, false),
                Arguments.of("remove field without default", ArticleSchemas.REMOVE_FIELD, true, true, false, false),
                Arguments.of("change long to string", ArticleSchemas.CHANGE_TYPE, true, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evolutionsOfV1")
    @DisplayName("single-step evolutions are judged as Avro schema resolution does")
    void singleStep(String evolution, String candidate, boolean none, boolean backward, boolean forward, boolean full) {
        List<String> history = List.of(ArticleSchemas.V1);

        assertThat(accepts(history, NONE, candidate)).isEqualTo(none);
        assertThat(accepts(history, BACKWARD, candidate)).isEqualTo(backward);
        assertThat(accepts(history, BACKWARD_TRANSITIVE, candidate)).isEqualTo(backward);
        assertThat(accepts(history, FORWARD, candidate)).isEqualTo(forward);
        assertThat(accepts(history, FORWARD_TRANSITIVE, candidate)).isEqualTo(forward);
        assertThat(accepts(history, FULL, candidate)).isEqualTo(full);
        assertThat(accepts(history, FULL_TRANSITIVE, candidate)).isEqualTo(full);
    }

    @Test
    @DisplayName("BACKWARD and FULL look at the latest version only; their transitive levels at all")
    void backwardTransitivity() {
        List<String> history = List.of(article(URL), article(URL, LANGUAGE_WITH_DEFAULT));
        String languageRequired = article(URL, LANGUAGE_REQUIRED);

        assertThat(accepts(history, BACKWARD, languageRequired)).isTrue();
        assertThat(accepts(history, FULL, languageRequired)).isTrue();
        assertThat(accepts(history, BACKWARD_TRANSITIVE, languageRequired)).isFalse();
        assertThat(accepts(history, FULL_TRANSITIVE, languageRequired)).isFalse();
    }

    @Test
    @DisplayName("FORWARD looks at the latest version only; FORWARD_TRANSITIVE at all")
    void forwardTransitivity() {
        List<String> history = List.of(article(URL, ArticleSchemas.TITLE),
                article(URL, "{\"name\":\"title\",\"type\":\"string\",\"default\":\"\"}"));
        String titleRemoved = article(URL);

        assertThat(accepts(history, FORWARD, titleRemoved)).isTrue();
        assertThat(accepts(history, FORWARD_TRANSITIVE, titleRemoved)).isFalse();
    }

    @Test
    @DisplayName("soft-deleted versions no longer constrain new schemas")
    void softDeletedVersionsAreIgnored() {
        SchemaRegistry registry = registryWith(List.of(article(URL),
                article(URL, LANGUAGE_WITH_DEFAULT)), BACKWARD_TRANSITIVE);
        assertThat(registry.checkAgainstSubject(SUBJECT, article(URL, LANGUAGE_REQUIRED), null)).isNotEmpty();

        registry.deleteVersion(SUBJECT, "1", false);

        assertThat(registry.checkAgainstSubject(SUBJECT, article(URL, LANGUAGE_REQUIRED), null)).isEmpty();
    }

    @Test
    @DisplayName("registering an incompatible schema fails with 409 and names the offending field")
    void registerRejects() {
        SchemaRegistry registry = registryWith(List.of(ArticleSchemas.V1), BACKWARD);

        assertThatThrownBy(() -> registry.register(SUBJECT, ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT, null))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.error()).isEqualTo(RegistryError.INCOMPATIBLE_SCHEMA))
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
                .hasMessageContaining("body");
    }
}
