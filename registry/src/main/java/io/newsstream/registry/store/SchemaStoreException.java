package io.newsstream.registry.store;

/** The store could not read or persist registry state (for example Kafka is unreachable). */
public final class SchemaStoreException extends RuntimeException {

    public SchemaStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaStoreException(String message) {
        super(message);
    }
}
