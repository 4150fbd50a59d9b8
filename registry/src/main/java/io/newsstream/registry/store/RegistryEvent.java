package io.newsstream.registry.store;

import io.newsstream.registry.client.CompatibilityLevel;

/**
 * One durable change to the registry. A {@link SchemaStore} persists events and
 * {@link RegistryState#apply(RegistryEvent)} folds them into the current state, so replaying the
 * persisted events rebuilds the state exactly.
 */
public sealed interface RegistryEvent {

    /** A schema text received global id {@code id}; ids are never reused. */
    record SchemaIdAssigned(int id, String schema) implements RegistryEvent {
    }

    /** Version {@code version} of {@code subject} points at schema {@code id}; {@code deleted} marks a soft delete. */
    record VersionWritten(String subject, int version, int id, boolean deleted) implements RegistryEvent {
    }

    /** Version {@code version} of {@code subject} was permanently deleted. */
    record VersionPurged(String subject, int version) implements RegistryEvent {
    }

    /** The compatibility level of {@code subject}, or the global one when {@code subject} is {@code null}, was set. */
    record CompatibilitySet(String subject, CompatibilityLevel level) implements RegistryEvent {
    }

    /** The compatibility level of {@code subject}, or the global one when {@code subject} is {@code null}, was removed. */
    record CompatibilityCleared(String subject) implements RegistryEvent {
    }
}
