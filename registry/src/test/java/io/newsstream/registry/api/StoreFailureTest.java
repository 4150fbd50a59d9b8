package io.newsstream.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.registry.RegistryServerConfig;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.registry.store.InMemorySchemaStore;
import io.newsstream.registry.store.RegistryEvent;
import io.newsstream.registry.store.RegistryState;
import io.newsstream.registry.store.SchemaStore;
import io.newsstream.registry.store.SchemaStoreException;
import io.newsstream.registry.testing.ArticleSchemas;
import io.newsstream.registry.testing.RegistryHttp;
import io.newsstream.registry.testing.RegistryHttp.Response;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreFailureTest {

    /** A store whose broker has gone away: reads work, writes fail. */
    private static final class UnwritableStore implements SchemaStore {
        private final InMemorySchemaStore delegate = new InMemorySchemaStore();

        @Override
        public RegistryState state() {
            return delegate.state();
        }

        @Override
        public void append(List<RegistryEvent> events) {
            throw new SchemaStoreException("Could not write a registry change to topic '_schemas' within 5 s.");
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    @Test
    @DisplayName("a failed write answers 500 with error 50001, changes nothing, and the server keeps serving")
    void storeErrorIs50001() {
        try (SchemaRegistryServer server = SchemaRegistryServer.start(RegistryServerConfig.loopback(0, new UnwritableStore()))) {
            RegistryHttp http = new RegistryHttp(server.url());

            Response response = http.register("articles-value", ArticleSchemas.V1);

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorCode()).isEqualTo(50001);
            assertThat(response.json().get("message").asText()).contains("_schemas", "within 5 s");
            assertThat(http.get("/subjects").body()).isEqualTo("[]");
        }
    }
}
