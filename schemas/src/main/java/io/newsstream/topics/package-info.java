/**
 * The typed topic catalogue: every topic's name, key and value serdes and cleanup policy, and the
 * header convention of the dead-letter topic. No other package spells a topic name.
 */
package io.newsstream.topics;
