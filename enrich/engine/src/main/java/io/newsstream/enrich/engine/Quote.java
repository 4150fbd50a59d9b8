package io.newsstream.enrich.engine;

/**
 * Direct speech.
 *
 * @param text the quoted words without quotation marks
 * @param speaker canonical name of the speaker, or null when the text does not say
 * @param speakerId the speaker's entity id, or null
 * @param span where the quoted words are
 */
public record Quote(String text, String speaker, String speakerId, Span span) {}
