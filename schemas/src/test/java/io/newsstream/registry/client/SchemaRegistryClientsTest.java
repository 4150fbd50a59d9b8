package io.newsstream.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientsTest {

    @Test
    @DisplayName("mock://scope gives one shared in-memory registry per scope until dropped")
    void sharesMockScopes() {
        SchemaRegistryClient first = SchemaRegistryClients.fromConfig(Map.of(SchemaRegistryClients.URL_CONFIG, "mock://a"));

        assertThat(first).isInstanceOf(InMemorySchemaRegistryClient.class)
                .isSameAs(SchemaRegistryClients.forUrl("mock://a"))
                .isNotSameAs(SchemaRegistryClients.forUrl("mock://b"));
        SchemaRegistryClients.dropMockScope("a");
        assertThat(SchemaRegistryClients.forUrl("mock://a")).isNotSameAs(first);
        SchemaRegistryClients.dropMockScope("a");
        SchemaRegistryClients.dropMockScope("b");
    }

    @Test
    @DisplayName("http URLs give an HTTP client; a missing or malformed URL is a config error")
    void choosesHttpClientOrFails() {
        assertThat(SchemaRegistryClients.forUrl("http://registry-1:8081,http://registry-2:8081"))
                .isInstanceOf(HttpSchemaRegistryClient.class);
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> SchemaRegistryClients.forUrl("ftp://registry"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be http or https");
    }
}
