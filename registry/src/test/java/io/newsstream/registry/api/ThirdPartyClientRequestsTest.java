package io.newsstream.registry.api;

import static io.newsstream.registry.testing.ArticleSchemas.V1;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.testing.RegistryHttp;
import io.newsstream.registry.testing.RegistryHttp.Response;
import io.newsstream.registry.testing.RunningRegistry;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays, header for header, the requests that widely used JavaScript registry clients make. */
class ThirdPartyClientRequestsTest {

    private static final Map<String, String> KAFKAJS_HEADERS = Map.of("Content-Type", RegistryHttp.REGISTRY_JSON);
    private static final Map<String, String> CONFLUENT_JS_HEADERS = Map.of("Accept", "application/json, text/plain, */*");

    @RegisterExtension
    final RunningRegistry registry = new RunningRegistry();

    private final RegistryHttp http = registry.http();

    @Test
    @DisplayName("@kafkajs/confluent-schema-registry register(): config 404, register, set BACKWARD, then decode()")
    void kafkajsRegisterAndDecode() {
        Response config = http.send("GET", "/config/news-value", null, KAFKAJS_HEADERS);
        assertThat(config.status()).isEqualTo(404);

        Response registered = http.send("POST", "/subjects/news-value/versions",
                RegistryHttp.json(Map.of("schema", V1)), KAFKAJS_HEADERS);
        assertThat(registered.status()).isEqualTo(200);
        int id = registered.json().get("id").asInt();

        Response setLevel = http.send("PUT", "/config/news-value",
                "{\"compatibility\":\"BACKWARD\"}", KAFKAJS_HEADERS);
        assertThat(setLevel.status()).isEqualTo(200);
        assertThat(http.send("GET", "/config/news-value", null, KAFKAJS_HEADERS).json()
                .get("compatibilityLevel").asText()).isEqualTo("BACKWARD");

        Response decoded = http.send("GET", "/schemas/ids/" + id, null, KAFKAJS_HEADERS);
        assertThat(decoded.status()).isEqualTo(200);
        assertThat(decoded.json().get("schema").asText()).contains("\"name\":\"Article\"");
    }

    @Test
    @DisplayName("@confluentinc/schemaregistry: /associations answers 404, then it falls back to <topic>-value")
    void confluentJsDeserializeAndSerialize() {
        int id = http.register("news-value", V1).json().get("id").asInt();

        Response associations = http.send("GET",
                "/associations/resources/-/news?resourceType=topic&associationType=value", null, CONFLUENT_JS_HEADERS);
        assertThat(associations.status()).isEqualTo(404);

        Response deserialize = http.send("GET", "/schemas/ids/" + id + "?subject=news-value", null, CONFLUENT_JS_HEADERS);
        assertThat(deserialize.status()).isEqualTo(200);
        assertThat(deserialize.json().get("schema").asText()).contains("Article");

        Response latest = http.send("GET", "/subjects/news-value/versions/latest", null, CONFLUENT_JS_HEADERS);
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.json().get("id").asInt()).isEqualTo(id);
    }

    @Test
    @DisplayName("requests with neither Content-Type nor Accept, or plain application/json, are served")
    void headerlessRequests() {
        Response bare = http.send("POST", "/subjects/news-value/versions", RegistryHttp.json(Map.of("schema", V1)), Map.of());
        Response plainJson = http.send("POST", "/subjects/news-value",
                RegistryHttp.json(Map.of("schema", V1)), Map.of("Content-Type", "application/json", "Accept", "application/json"));

        assertThat(bare.status()).isEqualTo(200);
        assertThat(plainJson.status()).isEqualTo(200);
        assertThat(plainJson.json().get("version").asInt()).isEqualTo(1);
    }
}
