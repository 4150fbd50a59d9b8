package io.newsstream.enrich.engine;

import java.util.List;

/**
 * Every occurrence of one canonical entity in one text.
 *
 * @param entityId stable id, e.g. {@code person:donald-trump}, {@code country:UA}, {@code geonames:2800866}
 * @param name canonical name, e.g. "Donald Trump" for "President Trump" and "Trump"
 * @param spans every occurrence, in text order
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param latitude null when unknown
 * @param longitude null when unknown
 */
public record Mention(
        String entityId,
        String name,
        EntityType type,
        List<Span> spans,
        String country,
        Double latitude,
        Double longitude) {

    public Mention {
        spans = List.copyOf(spans);
    }

    public int count() {
        return spans.size();
    }
}
