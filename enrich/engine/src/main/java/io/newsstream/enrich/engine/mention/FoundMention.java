package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.kb.KbEntity;

/**
 * One occurrence of an entity, as token positions.
 *
 * @param firstToken index of the first token of the occurrence
 * @param endToken index one past its last token
 * @param adjective true when the occurrence is a demonym or adjective ("Ukrainian")
 */
public record FoundMention(int firstToken, int endToken, KbEntity entity, boolean adjective) {}
