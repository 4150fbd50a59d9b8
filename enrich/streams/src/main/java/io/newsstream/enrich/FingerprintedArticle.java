package io.newsstream.enrich;

import io.newsstream.schema.RawArticle;

/**
 * An article with the content fingerprint deduplication computed for it, handed from the
 * duplicate filter to the enricher within one sub-topology (never serialized), so that the
 * fingerprint is computed once per article.
 */
record FingerprintedArticle(RawArticle article, String fingerprint) {}
