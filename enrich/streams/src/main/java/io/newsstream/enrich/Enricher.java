package io.newsstream.enrich;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.RawArticle;

/**
 * Turns a raw article into an enriched one. Called once per article by the enrich topology;
 * implementations are thread-safe and deterministic for a given {@link #version()}. An exception
 * sends the article to the dead-letter topic with the exception's message as the reason.
 */
public interface Enricher {

    /**
     * @param contentFingerprint the article's {@code ContentFingerprint}, which the topology has
     *     already computed to deduplicate it
     */
    EnrichedArticle enrich(RawArticle article, String contentFingerprint);

    /** Written into every {@code EnrichedArticle.enricher_version}; changes whenever output may change. */
    String version();
}
