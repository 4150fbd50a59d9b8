package io.newsstream.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Span;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {

    private static final Schema SPAN = Span.getClassSchema();
    private static final String SPAN_JSON = new ObjectMapper().createObjectNode().put("schema", SPAN.toString()).toString();

    private FakeRegistryServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeRegistryServer.start("");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("register posts the schema as registry JSON and caches the id")
    void registersAndCaches() {
        server.respond("POST", "/subjects/spans-value/versions", 200, "{\"id\":21}");
        HttpSchemaRegistryClient client = fastClient(server.url());

        assertThat(client.register("spans-value", SPAN)).isEqualTo(21);
        assertThat(client.register("spans-value", SPAN)).isEqualTo(21);
        assertThat(client.getById(21)).isEqualTo(SPAN);

        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(request.body()).isEqualTo(SPAN_JSON);
        });
    }

    @Test
    @DisplayName("getById fetches a schema once, then serves it from the cache")
    void fetchesSchemaByIdOnce() {
        server.respond("GET", "/schemas/ids/5", 200, SPAN_JSON);
        HttpSchemaRegistryClient client = fastClient(server.url());

        assertThat(client.getById(5)).isEqualTo(SPAN);
        assertThat(client.getById(5)).isEqualTo(SPAN);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    @DisplayName("getLatest and lookup return id, subject, version and schema")
    void readsRegisteredVersions() {
        String version = "{\"subject\":\"spans-value\",\"id\":3,\"version\":2,\"schema\":" + quoted(SPAN) + "}";
        server.respond("GET", "/subjects/spans-value/versions/latest", 200, version)
                .respond("POST", "/subjects/spans-value", 200, version);
        HttpSchemaRegistryClient client = fastClient(server.url());

        RegisteredSchema expected = new RegisteredSchema(3, "spans-value", 2, SPAN);
        assertThat(client.getLatest("spans-value")).isEqualTo(expected);
        assertThat(client.lookup("spans-value", SPAN)).isEqualTo(expected);
    }

    @Test
    @DisplayName("an unknown subject is a 40401 naming the URL and the subject")
    void reportsSubjectNotFound() {
        server.respond("GET", "/subjects/news.raw-value/versions/latest", 404,
                "{\"error_code\":40401,\"message\":\"Subject 'news.raw-value' not found.\"}");

        assertThatThrownBy(() -> fastClient(server.url()).getLatest("news.raw-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND);
                    assertThat(e.isNotFound()).isTrue();
                })
                .hasMessageContaining(server.url())
                .hasMessageContaining("subject 'news.raw-value'")
                .hasMessageContaining("Subject 'news.raw-value' not found.");
    }

    @Test
    @DisplayName("an unknown id is a 40403")
    void reportsSchemaNotFound() {
        server.respond("GET", "/schemas/ids/77", 404, "{\"error_code\":40403,\"message\":\"Schema 77 not found\"}");

        assertThatThrownBy(() -> fastClient(server.url()).getById(77))
                .isInstanceOfSatisfying(SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND))
                .hasMessageContaining("schema id 77");
    }

    @Test
    @DisplayName("an incompatible schema is a 409 and is not retried")
    void reportsIncompatibleSchema() {
        server.respond("POST", "/subjects/spans-value/versions", 409,
                "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}");

        assertThatThrownBy(() -> fastClient(server.url()).register("spans-value", SPAN))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                })
                .hasMessageContaining("incompatible");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    @DisplayName("a 503 is retried until the registry answers")
    void retriesServiceUnavailable() {
        server.respond("GET", "/schemas/ids/1", 503, "{\"error_code\":50003,\"message\":\"leader not known\"}")
                .respond("GET", "/schemas/ids/1", 503, "{\"error_code\":50003,\"message\":\"leader not known\"}")
                .respond("GET", "/schemas/ids/1", 200, SPAN_JSON);

        assertThat(fastClient(server.url()).getById(1)).isEqualTo(SPAN);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    @DisplayName("retries are bounded: persistent 5xx fails with the last answer")
    void givesUpAfterMaxAttempts() {
        server.respond("GET", "/subjects", 500, "{\"error_code\":50001,\"message\":\"store error\"}");

        assertThatThrownBy(() -> fastClient(server.url()).subjects())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(500))
                .hasMessageContaining("after 3 attempt(s)")
                .hasMessageContaining("store error");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    @DisplayName("a refused connection fails over to the next URL")
    void failsOverOnConnectionRefused() throws IOException {
        server.respond("GET", "/subjects", 200, "[\"b-value\",\"a-value\"]");
        String refusing = "http://127.0.0.1:" + unusedPort();

        assertThat(fastClient(refusing + "," + server.url()).subjects()).containsExactly("a-value", "b-value");
    }

    @Test
    @DisplayName("when no URL accepts connections the error names them and the cause")
    void reportsUnreachableRegistry() throws IOException {
        String refusing = "http://127.0.0.1:" + unusedPort();

        assertThatThrownBy(() -> fastClient(refusing).getLatest("news.raw-value"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isZero())
                .hasMessageContaining(refusing)
                .hasMessageContaining("subject 'news.raw-value'")
                .hasMessageContaining("ConnectException");
    }

    @Test
    @DisplayName("a base URL with a path prefix, as Apicurio's ccompat API has, is honoured")
    void honoursBaseUrlPath() throws IOException {
        try (FakeRegistryServer apicurio = FakeRegistryServer.start("/apis/ccompat/v7")) {
            apicurio.respond("POST", "/subjects/spans-value/versions", 200, "{\"id\":4}");

            assertThat(fastClient(apicurio.url() + "/").register("spans-value", SPAN)).isEqualTo(4);
            assertThat(apicurio.requests()).extracting(FakeRegistryServer.Request::path)
                    .containsExactly("/subjects/spans-value/versions");
        }
    }

    @Test
    @DisplayName("compatibility: checks against latest, reads levels with global fallback, sets levels")
    void handlesCompatibility() {
        server.respond("POST", "/compatibility/subjects/spans-value/versions/latest", 200, "{\"is_compatible\":false}")
                .respond("POST", "/compatibility/subjects/new-value/versions/latest", 404,
                        "{\"error_code\":40401,\"message\":\"Subject 'new-value' not found.\"}")
                .respond("GET", "/config/spans-value?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"FULL\"}")
                .respond("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}")
                .respond("PUT", "/config/spans-value", 200, "{\"compatibility\":\"NONE\"}");
        HttpSchemaRegistryClient client = fastClient(server.url());

        assertThat(client.isCompatible("spans-value", SPAN)).isFalse();
        assertThat(client.isCompatible("new-value", SPAN)).as("nothing to be incompatible with").isTrue();
        assertThat(client.getCompatibility("spans-value")).isEqualTo("FULL");
        assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");
        client.setCompatibility("spans-value", "none");
        assertThat(server.requests()).last().extracting(FakeRegistryServer.Request::body)
                .isEqualTo("{\"compatibility\":\"NONE\"}");
    }

    @Test
    @DisplayName("subjects with URL-special characters are escaped")
    void escapesSubjects() {
        server.respond("POST", "/subjects/a%20b%2Fc/versions", 200, "{\"id\":9}");

        assertThat(fastClient(server.url()).register("a b/c", RawArticle.getClassSchema())).isEqualTo(9);
    }

    private static HttpSchemaRegistryClient fastClient(String urls) {
        return new HttpSchemaRegistryClient(HttpRegistrySettings.forUrls(urls)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static String quoted(Schema schema) {
        return new ObjectMapper().createObjectNode().put("s", schema.toString()).get("s").toString();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
