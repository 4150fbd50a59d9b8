/**
 * The embedded platform: everything Newsstream needs from infrastructure, in one JVM.
 *
 * <ul>
 *   <li>{@link io.newsstream.stack.EmbeddedKafka}: a real single-node KRaft broker.
 *   <li>{@link io.newsstream.stack.EmbeddedStack}: that broker plus the schema registry, as
 *       {@code ./newsstream stack} and {@code ./newsstream demo} run them.
 *   <li>{@link io.newsstream.stack.TopicProvisioner}: creates missing topics on any cluster,
 *       embedded or not.
 * </ul>
 *
 * <p>Package-private helpers hold the details: broker properties, storage formatting, port
 * probing and data directories.
 */
package io.newsstream.stack;
