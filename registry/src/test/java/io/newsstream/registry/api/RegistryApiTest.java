package io.newsstream.registry.api;

import static io.newsstream.registry.testing.ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT;
import static io.newsstream.registry.testing.ArticleSchemas.ADD_FIELD_WITH_DEFAULT;
import static io.newsstream.registry.testing.ArticleSchemas.SOURCE;
import static io.newsstream.registry.testing.ArticleSchemas.V1;
import static io.newsstream.registry.testing.ArticleSchemas.V1_REFORMATTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.registry.testing.RegistryHttp;
import io.newsstream.registry.testing.RegistryHttp.Response;
import io.newsstream.registry.testing.RunningRegistry;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistryApiTest {

    @RegisterExtension
    final RunningRegistry registry = new RunningRegistry();

    private final RegistryHttp http = registry.http();

    private int register(String subject, String schema) {
        Response response = http.register(subject, schema);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("id").asInt();
    }

    private static String canonical(String schema) {
        return new Schema.Parser().parse(schema).toString();
    }

    @Nested
    @DisplayName("registering")
    class Registering {

        @Test
        @DisplayName("answers {\"id\": N} with the registry content type")
        void answersId() {
            Response response = http.register("articles-value", V1);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith(RegistryApi.CONTENT_TYPE);
            assertThat(response.json().fieldNames()).toIterable().containsExactly("id");
        }

        @Test
        @DisplayName("the same schema again, even reformatted, keeps its id and adds no version")
        void idempotent() {
            int id = register("articles-value", V1);

            assertThat(register("articles-value", V1)).isEqualTo(id);
            assertThat(register("articles-value", V1_REFORMATTED)).isEqualTo(id);
            assertThat(http.get("/subjects/articles-value/versions").json()).hasSize(1);
        }

        @Test
        @DisplayName("the same schema under another subject gets the same global id")
        void crossSubjectIdReuse() {
            int id = register("articles-value", V1);
            int other = register("archive-value", V1_REFORMATTED);
            int source = register("sources-value", SOURCE);

            assertThat(other).isEqualTo(id);
            assertThat(source).isGreaterThan(id);
            assertThat(http.get("/schemas/ids/" + id + "/subjects").json())
                    .extracting(JsonNode::asText).containsExactly("archive-value", "articles-value");
        }

        @Test
        @DisplayName("stores the canonical schema and numbers versions from 1")
        void versions() {
            int first = register("articles-value", V1);
            int second = register("articles-value", ADD_FIELD_WITH_DEFAULT);

            JsonNode latest = http.get("/subjects/articles-value/versions/latest").json();
            assertThat(latest.get("subject").asText()).isEqualTo("articles-value");
            assertThat(latest.get("version").asInt()).isEqualTo(2);
            assertThat(latest.get("id").asInt()).isEqualTo(second);
            assertThat(latest.get("schema").asText()).isEqualTo(canonical(ADD_FIELD_WITH_DEFAULT));
            assertThat(latest.has("schemaType")).as("Confluent omits schemaType for Avro").isFalse();
            assertThat(http.get("/subjects/articles-value/versions/-1").json()).isEqualTo(latest);
            assertThat(http.get("/subjects/articles-value/versions/1").json().get("id").asInt()).isEqualTo(first);
            assertThat(http.get("/subjects/articles-value/versions").json())
                    .extracting(JsonNode::asInt).containsExactly(1, 2);
        }

        @Test
        @DisplayName("accepts an explicit AVRO schemaType and empty references")
        void explicitAvro() {
            Response response = http.post("/subjects/articles-value/versions",
                    Map.of("schema", V1, "schemaType", "AVRO", "references", List.of()));

            assertThat(response.status()).isEqualTo(200);
        }

        @Test
        @DisplayName("a schema breaking the subject's BACKWARD default is refused with 409")
        void incompatible() {
            register("articles-value", V1);

            Response response = http.register("articles-value", ADD_FIELD_WITHOUT_DEFAULT);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.errorCode()).isEqualTo(409);
            assertThat(response.json().get("message").asText())
                    .contains("incompatible with an earlier schema", "articles-value", "body");
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("GET /subjects lists subjects alphabetically")
        void subjects() {
            register("sources-value", SOURCE);
            register("articles-value", V1);

            assertThat(http.get("/subjects").json()).extracting(JsonNode::asText)
                    .containsExactly("articles-value", "sources-value");
        }

        @Test
        @DisplayName("GET /subjects/{s}/versions/{v}/schema answers the raw schema")
        void rawVersionSchema() {
            register("articles-value", V1);

            Response response = http.get("/subjects/articles-value/versions/1/schema");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(canonical(V1));
        }

        @Test
        @DisplayName("GET /schemas/ids/{id} answers {\"schema\": ...}, with or without ?subject=")
        void schemaById() {
            int id = register("articles-value", V1);

            JsonNode body = http.get("/schemas/ids/" + id).json();
            assertThat(body.get("schema").asText()).isEqualTo(canonical(V1));
            assertThat(http.get("/schemas/ids/" + id + "?subject=articles-value").json()).isEqualTo(body);
            assertThat(http.get("/schemas/ids/" + id + "/schema").body()).isEqualTo(canonical(V1));
        }

        @Test
        @DisplayName("GET /schemas/ids/{id}/versions lists the subject versions using the id")
        void versionsOfId() {
            int id = register("articles-value", V1);
            register("archive-value", V1);

            assertThat(http.get("/schemas/ids/" + id + "/versions").json().toString())
                    .isEqualTo("[{\"subject\":\"archive-value\",\"version\":1},{\"subject\":\"articles-value\",\"version\":1}]");
        }

        @Test
        @DisplayName("GET /schemas/types answers [\"AVRO\"]")
        void types() {
            assertThat(http.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        }

        @Test
        @DisplayName("POST /subjects/{s} finds the version holding a schema")
        void lookup() {
            register("articles-value", V1);
            int id = register("articles-value", ADD_FIELD_WITH_DEFAULT);

            JsonNode found = http.post("/subjects/articles-value", Map.of("schema", ADD_FIELD_WITH_DEFAULT)).json();

            assertThat(found.get("subject").asText()).isEqualTo("articles-value");
            assertThat(found.get("version").asInt()).isEqualTo(2);
            assertThat(found.get("id").asInt()).isEqualTo(id);
            assertThat(found.get("schema").asText()).isEqualTo(canonical(ADD_FIELD_WITH_DEFAULT));
        }

        @Test
        @DisplayName("GET / answers {}")
        void root() {
            assertThat(http.get("/").body()).isEqualTo("{}");
        }
    }

    @Nested
    @DisplayName("deleting")
    class Deleting {

        @Test
        @DisplayName("a soft-deleted subject disappears from listings but its ids still resolve")
        void softDeleteSubject() {
            int id = register("articles-value", V1);
            register("articles-value", ADD_FIELD_WITH_DEFAULT);

            Response deleted = http.delete("/subjects/articles-value");

            assertThat(deleted.body()).isEqualTo("[1,2]");
            assertThat(http.get("/subjects").json()).isEmpty();
            assertThat(http.get("/subjects?deleted=true").json()).extracting(JsonNode::asText).containsExactly("articles-value");
            assertThat(http.get("/subjects/articles-value/versions").errorCode()).isEqualTo(40401);
            assertThat(http.get("/subjects/articles-value/versions?deleted=true").body()).isEqualTo("[1,2]");
            assertThat(http.get("/schemas/ids/" + id).status()).isEqualTo(200);
        }

        @Test
        @DisplayName("permanent delete needs a soft delete first, then removes the subject and its ids")
        void hardDeleteSubject() {
            int id = register("articles-value", V1);

            Response tooEarly = http.delete("/subjects/articles-value?permanent=true");
            assertThat(tooEarly.status()).isEqualTo(404);
            assertThat(tooEarly.errorCode()).isEqualTo(40405);

            http.delete("/subjects/articles-value");
            assertThat(http.delete("/subjects/articles-value").errorCode()).as("second soft delete").isEqualTo(40404);
            assertThat(http.delete("/subjects/articles-value?permanent=true").body()).isEqualTo("[1]");

            assertThat(http.get("/subjects?deleted=true").json()).isEmpty();
            assertThat(http.get("/schemas/ids/" + id).errorCode()).isEqualTo(40403);
            assertThat(http.delete("/subjects/articles-value").errorCode()).isEqualTo(40401);
        }

        @Test
        @DisplayName("deleting one version soft, then hard, and re-registering keeps the id and continues numbering")
        void deleteVersion() {
            int id = register("articles-value", V1);
            register("articles-value", ADD_FIELD_WITH_DEFAULT);

            assertThat(http.delete("/subjects/articles-value/versions/2?permanent=true").errorCode()).isEqualTo(40407);
            assertThat(http.delete("/subjects/articles-value/versions/2").body()).isEqualTo("2");
            assertThat(http.delete("/subjects/articles-value/versions/2").errorCode()).isEqualTo(40406);
            assertThat(http.get("/subjects/articles-value/versions").body()).isEqualTo("[1]");
            assertThat(http.get("/subjects/articles-value/versions/latest").json().get("version").asInt()).isEqualTo(1);
            assertThat(http.get("/subjects/articles-value/versions/2?deleted=true").status()).isEqualTo(200);

            assertThat(http.delete("/subjects/articles-value/versions/2?permanent=true").body()).isEqualTo("2");
            assertThat(http.get("/subjects/articles-value/versions/2?deleted=true").errorCode()).isEqualTo(40402);

            http.delete("/subjects/articles-value/versions/latest");
            assertThat(register("articles-value", V1)).isEqualTo(id);
            assertThat(http.get("/subjects/articles-value/versions").body()).isEqualTo("[2]");
        }
    }

    @Nested
    @DisplayName("configuration")
    class Configuration {

        @Test
        @DisplayName("global level defaults to BACKWARD and can be changed")
        void globalLevel() {
            assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");

            Response put = http.put("/config", Map.of("compatibility", "FULL"));

            assertThat(put.body()).isEqualTo("{\"compatibility\":\"FULL\"}");
            assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(http.delete("/config").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
            assertThat(http.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }

        @Test
        @DisplayName("a subject without its own level answers 40408 unless defaultToGlobal=true")
        void subjectWithoutLevel() {
            register("articles-value", V1);

            Response own = http.get("/config/articles-value");

            assertThat(own.status()).isEqualTo(404);
            assertThat(own.errorCode()).isEqualTo(40408);
            assertThat(own.json().get("message").asText())
                    .isEqualTo("Subject 'articles-value' does not have subject-level compatibility configured");
            assertThat(http.get("/config/articles-value?defaultToGlobal=true").body())
                    .isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        }

        @Test
        @DisplayName("a subject level overrides the global one until deleted")
        void subjectLevel() {
            register("articles-value", V1);

            assertThat(http.put("/config/articles-value", Map.of("compatibility", "none")).body())
                    .isEqualTo("{\"compatibility\":\"NONE\"}");
            assertThat(http.get("/config/articles-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
            assertThat(http.register("articles-value", ADD_FIELD_WITHOUT_DEFAULT).status()).isEqualTo(200);

            assertThat(http.delete("/config/articles-value").body()).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
            assertThat(http.get("/config/articles-value").errorCode()).isEqualTo(40408);
            assertThat(http.delete("/config/articles-value").errorCode()).isEqualTo(40408);
        }
    }

    @Nested
    @DisplayName("compatibility checks")
    class CompatibilityChecks {

        @Test
        @DisplayName("against latest: an added field without default is incompatible, with a default compatible")
        void againstLatest() {
            register("articles-value", V1);

            Response rejected = http.post("/compatibility/subjects/articles-value/versions/latest",
                    Map.of("schema", ADD_FIELD_WITHOUT_DEFAULT));
            Response accepted = http.post("/compatibility/subjects/articles-value/versions/1",
                    Map.of("schema", ADD_FIELD_WITH_DEFAULT));

            assertThat(rejected.body()).isEqualTo("{\"is_compatible\":false}");
            assertThat(accepted.body()).isEqualTo("{\"is_compatible\":true}");
            assertThat(http.get("/subjects/articles-value/versions").body()).as("nothing registered").isEqualTo("[1]");
        }

        @Test
        @DisplayName("?verbose=true explains the incompatibility")
        void verbose() {
            register("articles-value", V1);

            JsonNode body = http.post("/compatibility/subjects/articles-value/versions/latest?verbose=true",
                    Map.of("schema", ADD_FIELD_WITHOUT_DEFAULT)).json();

            assertThat(body.get("is_compatible").asBoolean()).isFalse();
            assertThat(body.get("messages")).singleElement().extracting(JsonNode::asText).asString()
                    .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "body");
        }

        @Test
        @DisplayName("against all versions follows the subject's level, as registering would")
        void againstSubject() {
            register("articles-value", V1);

            assertThat(http.post("/compatibility/subjects/articles-value/versions",
                    Map.of("schema", ADD_FIELD_WITHOUT_DEFAULT)).body()).isEqualTo("{\"is_compatible\":false}");
        }

        @Test
        @DisplayName("a subject without versions accepts anything against latest")
        void emptySubject() {
            assertThat(http.post("/compatibility/subjects/new-value/versions/latest", Map.of("schema", V1)).body())
                    .isEqualTo("{\"is_compatible\":true}");
        }
    }
}
