/**
 * Kafka serdes for generated Avro records in the Confluent wire format, resolving schemas through
 * a {@link io.newsstream.registry.client.SchemaRegistryClient}.
 */
package io.newsstream.serde;
