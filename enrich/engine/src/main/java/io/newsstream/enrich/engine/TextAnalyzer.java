package io.newsstream.enrich.engine;

/**
 * Finds mentions, tags and quotes in article text. Implementations are deterministic, offline,
 * thread-safe and never throw on any input: whatever the text, the result is an {@link Analysis}.
 */
public interface TextAnalyzer {

    Analysis analyze(ArticleText text);

    /** Version of the engine and its knowledge base; changes whenever output may change. */
    String version();
}
