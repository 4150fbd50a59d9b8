/**
 * Storage as an event log: {@link io.newsstream.registry.store.RegistryEvent}s persisted by a
 * {@link io.newsstream.registry.store.SchemaStore} and folded into a
 * {@link io.newsstream.registry.store.RegistryState}.
 */
package io.newsstream.registry.store;
