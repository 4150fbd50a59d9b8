package io.newsstream.registry.store;

import java.util.List;

/**
 * A {@link SchemaStore} that keeps state in memory only: for tests and throwaway local runs. Ids
 * and versions are lost when the process ends.
 */
public final class InMemorySchemaStore implements SchemaStore {

    private final RegistryState state = new RegistryState();

    @Override
    public RegistryState state() {
        return state;
    }

    @Override
    public void append(List<RegistryEvent> events) {
        events.forEach(state::apply);
    }

    @Override
    public void close() {
        // nothing held
    }
}
