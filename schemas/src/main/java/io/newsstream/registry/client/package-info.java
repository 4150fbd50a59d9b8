/**
 * Clients of a Confluent-compatible schema registry: the {@link io.newsstream.registry.client.SchemaRegistryClient}
 * contract, its HTTP implementation, an in-memory twin for tests, and the factory that picks one
 * from {@code schema.registry.url}.
 */
package io.newsstream.registry.client;
