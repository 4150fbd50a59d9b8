package io.newsstream.enrich.engine;

import java.util.List;

/**
 * What the engine found in one text.
 *
 * @param language ISO 639-1 code, or "und" when undetermined
 * @param mentions one per canonical entity, in order of first occurrence
 * @param tags at most 15, highest score first
 * @param quotes in text order
 */
public record Analysis(String language, List<Mention> mentions, List<Tag> tags, List<Quote> quotes) {

    public Analysis {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        quotes = List.copyOf(quotes);
    }
}
