package io.newsstream.enrich.engine.lexicon;

/**
 * A word or phrase that is evidence for a topic.
 *
 * @param keyIds vocabulary ids of the phrase's token keys
 * @param topic index into the topic list of the lexicon
 */
public record TopicCue(int[] keyIds, int topic, double weight) {}
