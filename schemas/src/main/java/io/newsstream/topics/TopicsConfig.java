package io.newsstream.topics;

import java.util.Objects;

/**
 * The names of the pipeline's topics; the only place they are spelled.
 *
 * @param raw articles as ingested, keyed by article id
 * @param enriched every enrichment result, keyed by article id
 * @param articles latest enriched state per article id (compacted)
 * @param mentions one record per entity mentioned in an article, keyed by entity id
 * @param deadLetter records that could not be read or processed, with the reason in headers
 */
public record TopicsConfig(String raw, String enriched, String articles, String mentions, String deadLetter) {

    public TopicsConfig {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(enriched, "enriched");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(deadLetter, "deadLetter");
    }

    /** {@code news.raw}, {@code news.enriched}, {@code news.articles}, {@code news.mentions}, {@code news.dlq}. */
    public static TopicsConfig defaults() {
        return new TopicsConfig("news.raw", "news.enriched", "news.articles", "news.mentions", "news.dlq");
    }

    /** The default names behind {@code prefix}, e.g. to isolate one test run or tenant: {@code it42.news.raw}. */
    public static TopicsConfig withPrefix(String prefix) {
        TopicsConfig names = defaults();
        return new TopicsConfig(prefix + names.raw, prefix + names.enriched, prefix + names.articles,
                prefix + names.mentions, prefix + names.deadLetter);
    }
}
