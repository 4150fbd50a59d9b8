package io.newsstream.registry;

import io.newsstream.registry.store.InMemorySchemaStore;
import io.newsstream.registry.store.SchemaStore;
import java.util.Objects;

/**
 * How to run a {@link SchemaRegistryServer}.
 *
 * @param host  the address to bind; {@value #DEFAULT_HOST} keeps the registry local
 * @param port  the port to bind; 0 picks a free ephemeral port
 * @param store where schemas live; the server takes ownership and closes it on {@link SchemaRegistryServer#close()}
 */
public record RegistryServerConfig(String host, int port, SchemaStore store) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Confluent's port, which clients default to. */
    public static final int DEFAULT_PORT = 8081;

    public RegistryServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(store, "store");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Registry port must be between 0 and 65535, was " + port);
        }
    }

    /** A loopback registry on {@code port} whose schemas live only as long as the process. */
    public static RegistryServerConfig inMemory(int port) {
        return loopback(port, new InMemorySchemaStore());
    }

    /** A loopback registry on {@code port} backed by {@code store} (for example a {@code KafkaSchemaStore}). */
    public static RegistryServerConfig loopback(int port, SchemaStore store) {
        return new RegistryServerConfig(DEFAULT_HOST, port, store);
    }
}
