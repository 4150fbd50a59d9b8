package io.newsstream.registry.compat;

import static io.newsstream.registry.compat.CompatibilityLevel.BACKWARD;
import static io.newsstream.registry.compat.CompatibilityLevel.BACKWARD_TRANSITIVE;
import static io.newsstream.registry.compat.CompatibilityLevel.FORWARD;
import static io.newsstream.registry.compat.CompatibilityLevel.FORWARD_TRANSITIVE;
import static io.newsstream.registry.compat.CompatibilityLevel.FULL;
import static io.newsstream.registry.compat.CompatibilityLevel.FULL_TRANSITIVE;
import static io.newsstream.registry.compat.CompatibilityLevel.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.testing.ArticleSchemas;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompatibilityCheckerTest {

    private static final Schema V1 = parse(ArticleSchemas.V1);

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

    private static Schema article(String... fields) {
        return parse("{\"type\":\"record\",\"name\":\"Article\",\"fields\":[" + String.join(",", fields) + "]}");
    }

    private static boolean compatible(Schema candidate, List<Schema> earlier, CompatibilityLevel level) {
        return CompatibilityChecker.incompatibilities(candidate, earlier, level).isEmpty();
    }

    static Stream<Arguments> evolutionsOfV1() {
        // evolution, NONE, BACKWARD, FORWARD, FULL (transitive levels agree with a single earlier version)
        return Stream.of(
                Arguments.of("add field with default", ArticleSchemas.ADD_FIELD_WITH_DEFAULT, true, true, true, true),
                Arguments.of("add field without default", ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT, true, false, true, false),
                Arguments.of("remove field without default", ArticleSchemas.REMOVE_FIELD, true, true, false, false),
                Arguments.of("change long to string", ArticleSchemas.CHANGE_TYPE, true, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("evolutionsOfV1")
    @DisplayName("each level judges single-step evolutions as Avro schema resolution does")
    void singleStep(String evolution, String schema, boolean none, boolean backward, boolean forward, boolean full) {
        Schema candidate = parse(schema);
        List<Schema> earlier = List.of(V1);

        assertThat(compatible(candidate, earlier, NONE)).isEqualTo(none);
        assertThat(compatible(candidate, earlier, BACKWARD)).isEqualTo(backward);
        assertThat(compatible(candidate, earlier, BACKWARD_TRANSITIVE)).isEqualTo(backward);
        assertThat(compatible(candidate, earlier, FORWARD)).isEqualTo(forward);
        assertThat(compatible(candidate, earlier, FORWARD_TRANSITIVE)).isEqualTo(forward);
        assertThat(compatible(candidate, earlier, FULL)).isEqualTo(full);
        assertThat(compatible(candidate, earlier, FULL_TRANSITIVE)).isEqualTo(full);
    }

    @Test
    @DisplayName("BACKWARD checks only the latest version; BACKWARD_TRANSITIVE and FULL_TRANSITIVE check all")
    void backwardTransitivity() {
        List<Schema> earlier = List.of(
                article("{\"name\":\"url\",\"type\":\"string\"}"),
                article("{\"name\":\"url\",\"type\":\"string\"}", "{\"name\":\"language\",\"type\":\"string\",\"default\":\"en\"}"));
        Schema languageRequired = article("{\"name\":\"url\",\"type\":\"string\"}", "{\"name\":\"language\",\"type\":\"string\"}");

        assertThat(compatible(languageRequired, earlier, BACKWARD)).isTrue();
        assertThat(compatible(languageRequired, earlier, FULL)).isTrue();
        assertThat(compatible(languageRequired, earlier, BACKWARD_TRANSITIVE)).isFalse();
        assertThat(compatible(languageRequired, earlier, FULL_TRANSITIVE)).isFalse();
    }

    @Test
    @DisplayName("FORWARD checks only the latest version; FORWARD_TRANSITIVE checks all")
    void forwardTransitivity() {
        List<Schema> earlier = List.of(
                article("{\"name\":\"url\",\"type\":\"string\"}", "{\"name\":\"title\",\"type\":\"string\"}"),
                article("{\"name\":\"url\",\"type\":\"string\"}", "{\"name\":\"title\",\"type\":\"string\",\"default\":\"\"}"));
        Schema titleRemoved = article("{\"name\":\"url\",\"type\":\"string\"}");

        assertThat(compatible(titleRemoved, earlier, FORWARD)).isTrue();
        assertThat(compatible(titleRemoved, earlier, FORWARD_TRANSITIVE)).isFalse();
    }

    @Test
    @DisplayName("messages name the incompatibility type, the field and the direction")
    void messages() {
        List<String> messages = CompatibilityChecker.incompatibilities(
                parse(ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT), List.of(V1), BACKWARD);

        assertThat(messages).singleElement().asString()
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "body", "/fields/3", "cannot read data written with an earlier schema");
    }

    @Test
    @DisplayName("level names parse case-insensitively and unknown names are empty")
    void parseLevel() {
        assertThat(CompatibilityLevel.parse("full_transitive")).contains(FULL_TRANSITIVE);
        assertThat(CompatibilityLevel.parse(" Backward ")).contains(BACKWARD);
        assertThat(CompatibilityLevel.parse("SIDEWAYS")).isEmpty();
        assertThat(CompatibilityLevel.parse(null)).isEmpty();
    }
}
