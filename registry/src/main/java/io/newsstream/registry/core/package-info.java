/**
 * The registry's rules: canonical Avro schemas, global ids, versions, soft and hard deletes and
 * compatibility checks, with Confluent's error codes. Independent of HTTP and of storage.
 */
package io.newsstream.registry.core;
