package io.newsstream.registry.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * Chooses a {@link SchemaRegistryClient} from a serde or application config, following Confluent's
 * conventions: {@code schema.registry.url} is a comma-separated list of http(s) URLs, or
 * {@code mock://<scope>} for an in-memory registry shared by everything configured with the same
 * scope in this JVM (so the serdes a Kafka Streams test instantiates by class name meet the
 * registry the test inspects).
 */
public final class SchemaRegistryClients {

    /** The config key, identical to Confluent's. */
    public static final String URL_CONFIG = "schema.registry.url";
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final Map<String, InMemorySchemaRegistryClient> MOCK_SCOPES = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {}

    /**
     * The client {@code config}'s {@value #URL_CONFIG} designates.
     *
     * @throws ConfigException when the URL is missing or blank
     */
    public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
        Object url = config.get(URL_CONFIG);
        if (url == null || url.toString().isBlank()) {
            throw new ConfigException(URL_CONFIG, url, "A schema registry URL (or mock://<scope>) is required");
        }
        return forUrl(url.toString().trim());
    }

    /** The client for {@code url}: shared in-memory for {@code mock://scope}, HTTP otherwise. */
    public static SchemaRegistryClient forUrl(String url) {
        if (url.startsWith(MOCK_URL_PREFIX)) {
            return mockScope(url.substring(MOCK_URL_PREFIX.length()));
        }
        try {
            return new HttpSchemaRegistryClient(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(URL_CONFIG, url, e.getMessage());
        }
    }

    /** The in-memory registry of {@code scope}, created on first use. */
    public static InMemorySchemaRegistryClient mockScope(String scope) {
        return MOCK_SCOPES.computeIfAbsent(scope, s -> new InMemorySchemaRegistryClient());
    }

    /** Forgets the in-memory registry of {@code scope}, so that the next test starts empty. */
    public static void dropMockScope(String scope) {
        MOCK_SCOPES.remove(scope);
    }
}
