package io.newsstream.sink;

import io.newsstream.schema.EnrichedArticle;
import java.util.Comparator;

/**
 * Orders versions of one article: a later ingestion is newer (the article was edited or
 * re-published); for the same ingestion, a later enrichment is newer (history re-processed by a
 * new enricher version). On a full tie the version that arrived last wins.
 */
final class ArticleVersions {

    private static final Comparator<EnrichedArticle> BY_AGE = Comparator
            .comparing((EnrichedArticle version) -> version.getArticle().getIngestedAt())
            .thenComparing(EnrichedArticle::getEnrichedAt);

    private ArticleVersions() {}

    static EnrichedArticle newer(EnrichedArticle current, EnrichedArticle arriving) {
        return BY_AGE.compare(arriving, current) >= 0 ? arriving : current;
    }
}
