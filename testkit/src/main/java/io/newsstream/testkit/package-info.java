/**
 * Integration-test support: annotate a test class with {@link
 * io.newsstream.testkit.NewsstreamIntegrationTest} and declare a {@link
 * io.newsstream.testkit.KafkaStack} parameter to get a running Kafka and schema registry,
 * shared by all test classes of the JVM. Which backend runs them is chosen outside the tests
 * ({@code -Dnewsstream.test.backend=embedded}, the default).
 */
package io.newsstream.testkit;
