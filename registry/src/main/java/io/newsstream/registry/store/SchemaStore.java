package io.newsstream.registry.store;

import java.util.List;

/**
 * Durable storage of the registry: an append-only sequence of {@link RegistryEvent}s and the
 * {@link RegistryState} they fold into.
 *
 * <p>Implementations make {@link #append(List)} durable before returning and only then apply the
 * events to {@link #state()}, so an acknowledged change survives a restart. Callers serialise
 * {@code append} calls with each other and with reads of {@code state()}.
 */
public interface SchemaStore extends AutoCloseable {

    /** The current state; reflects every event appended or replayed so far. */
    RegistryState state();

    /**
     * Persists {@code events} in order, then applies them to {@link #state()}.
     *
     * @throws SchemaStoreException when the events could not be persisted; the state never shows unpersisted events
     */
    void append(List<RegistryEvent> events);

    /** Releases the store's resources; idempotent. */
    @Override
    void close();
}
