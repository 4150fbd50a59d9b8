package io.newsstream.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.client.HttpSchemaRegistryClient;
import io.newsstream.registry.client.RegisteredSchema;
import io.newsstream.registry.client.SchemaRegistryException;
import io.newsstream.registry.testing.ArticleSchemas;
import io.newsstream.registry.testing.RunningRegistry;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("the pipeline's own registry client (schemas module) works against this registry")
class ProjectClientTest {

    @RegisterExtension
    final RunningRegistry registry = new RunningRegistry();

    private HttpSchemaRegistryClient client;

    @BeforeEach
    void connect() {
        client = new HttpSchemaRegistryClient(registry.url().toString());
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

    @Test
    @DisplayName("register, fetch by id, latest, lookup and list subjects")
    void roundTrip() {
        Schema v1 = parse(ArticleSchemas.V1);
        int id = client.register("news.articles-value", v1);

        RegisteredSchema latest = client.getLatest("news.articles-value");
        RegisteredSchema found = client.lookup("news.articles-value", v1);

        assertThat(new HttpSchemaRegistryClient(registry.url().toString()).getById(id)).isEqualTo(v1);
        assertThat(latest).isEqualTo(new RegisteredSchema(id, "news.articles-value", 1, v1));
        assertThat(found).isEqualTo(latest);
        assertThat(client.subjects()).containsExactly("news.articles-value");
    }

    @Test
    @DisplayName("compatibility settings and checks, and a 409 surfaced as the client's exception")
    void compatibility() {
        client.register("news.articles-value", parse(ArticleSchemas.V1));

        assertThat(client.getCompatibility(null)).isEqualTo("BACKWARD");
        assertThat(client.getCompatibility("news.articles-value")).isEqualTo("BACKWARD");
        assertThat(client.isCompatible("news.articles-value", parse(ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT))).isFalse();
        assertThatThrownBy(() -> client.register("news.articles-value", parse(ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT)))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(409));

        client.setCompatibility("news.articles-value", "FORWARD");

        assertThat(client.getCompatibility("news.articles-value")).isEqualTo("FORWARD");
        assertThat(client.register("news.articles-value", parse(ArticleSchemas.ADD_FIELD_WITHOUT_DEFAULT))).isPositive();
    }
}
