package io.newsstream.enrich.engine;

/**
 * Finds mentions, tags and quotes in article text. Implementations are deterministic, offline and
 * thread-safe, and accept any text: whatever it is, the result is an {@link Analysis}. An exception
 * means a bug; callers treat it as a failure of that one article (the enrich service dead-letters it).
 */
public interface TextAnalyzer {

    Analysis analyze(ArticleText text);

    /** Version of the engine and its knowledge base; changes whenever output may change. */
    String version();
}
