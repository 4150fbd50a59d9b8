package io.newsstream.enrich.engine.lexicon;

/**
 * A word or phrase that is evidence for a topic.
 *
 * @param keys token keys of the phrase
 * @param topic index into the topic list of the lexicon
 */
public record TopicCue(String[] keys, int topic, double weight) {}
