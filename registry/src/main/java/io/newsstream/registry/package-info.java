/**
 * An embedded schema registry speaking the Confluent Schema Registry REST API, for Avro schemas.
 *
 * <p>{@link io.newsstream.registry.SchemaRegistryServer} runs it; {@code api} maps HTTP to the
 * registry's rules in {@code core}, which keeps its state in a {@code store} (in memory, or a
 * compacted Kafka topic that survives restarts).
 */
package io.newsstream.registry;
