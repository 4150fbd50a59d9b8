package io.newsstream.registry.api;

import static io.newsstream.registry.testing.ArticleSchemas.V1;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.testing.RegistryHttp;
import io.newsstream.registry.testing.RegistryHttp.Response;
import io.newsstream.registry.testing.RunningRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("errors answer Confluent's {error_code, message} body with the documented codes")
class ErrorResponsesTest {

    @RegisterExtension
    final RunningRegistry registry = new RunningRegistry();

    private final RegistryHttp http = registry.http();

    @BeforeEach
    void registerFirstVersion() {
        assertThat(http.register("articles-value", V1).status()).isEqualTo(200);
    }

    private static void assertError(Response response, int status, int errorCode, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith(RegistryApi.CONTENT_TYPE);
        assertThat(response.json().fieldNames()).toIterable().containsExactly("error_code", "message");
        assertThat(response.errorCode()).isEqualTo(errorCode);
        assertThat(response.json().get("message").asText()).contains(messagePart);
    }

    @Test
    @DisplayName("40401 subject not found")
    void subjectNotFound() {
        assertError(http.get("/subjects/missing-value/versions"), 404, 40401, "Subject 'missing-value' not found");
        assertError(http.get("/subjects/missing-value/versions/latest"), 404, 40401, "missing-value");
        assertError(http.post("/subjects/missing-value", Map.of("schema", V1)), 404, 40401, "missing-value");
    }

    @Test
    @DisplayName("40402 version not found")
    void versionNotFound() {
        assertError(http.get("/subjects/articles-value/versions/7"), 404, 40402, "Version 7 not found");
    }

    @Test
    @DisplayName("40403 schema not found: unknown id, or schema not under the subject")
    void schemaNotFound() {
        assertError(http.get("/schemas/ids/999"), 404, 40403, "999");
        assertError(http.get("/schemas/ids/abc"), 404, 40403, "abc");
        assertError(http.post("/subjects/articles-value", Map.of("schema", "\"string\"")), 404, 40403, "articles-value");
    }

    @Test
    @DisplayName("42201 invalid schema: malformed, empty, or not Avro")
    void invalidSchema() {
        assertError(http.register("articles-value", "{\"type\": \"record\", \"name\": \"Broken\"}"), 422, 42201,
                "Invalid Avro schema");
        assertError(http.post("/subjects/articles-value/versions", Map.of()), 422, 42201, "Empty schema");
        assertError(http.post("/subjects/articles-value/versions",
                Map.of("schema", "syntax = \"proto3\";", "schemaType", "PROTOBUF")), 422, 42201, "only supports AVRO");
        assertError(http.post("/subjects/articles-value/versions",
                Map.of("schema", V1, "references", List.of(Map.of("name", "x", "subject", "y", "version", 1)))),
                422, 42201, "references are not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "first", "2147483648"})
    @DisplayName("42202 invalid version")
    void invalidVersion(String version) {
        assertError(http.get("/subjects/articles-value/versions/" + version), 422, 42202, "'" + version + "'");
    }

    @Test
    @DisplayName("42203 invalid compatibility level")
    void invalidLevel() {
        assertError(http.put("/config", Map.of("compatibility", "SIDEWAYS")), 422, 42203, "SIDEWAYS");
        assertError(http.put("/config/articles-value", Map.of()), 422, 42203, "Invalid compatibility level");
    }

    @Test
    @DisplayName("malformed JSON is a 400 that explains the parse error")
    void malformedJson() {
        Response response = http.send("POST", "/subjects/articles-value/versions", "{\"schema\": ",
                Map.of("Content-Type", RegistryHttp.REGISTRY_JSON));

        assertError(response, 400, 400, "Malformed JSON request body");
        assertThat(http.get("/subjects").status()).as("server keeps serving").isEqualTo(200);
    }

    @Test
    @DisplayName("unknown paths answer 404 with an error body")
    void unknownPath() {
        assertError(http.get("/no/such/endpoint"), 404, 404, "GET /no/such/endpoint");
        assertError(http.send("PATCH", "/subjects", null, Map.of()), 404, 404, "/subjects");
    }
}
