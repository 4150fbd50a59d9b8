package io.newsstream.enrich.engine;

import io.newsstream.enrich.engine.kb.KnowledgeBase;

/** Engines shared by tests: one over the small test knowledge base in {@code src/test/resources}, one over the bundled one. */
final class TestEngines {

    static final EnrichmentEngine TEST_KB = EnrichmentEngine.withKnowledgeBase(
            KnowledgeBase.fromClasspath("io/newsstream/enrich/testkb/"));

    static final EnrichmentEngine BUNDLED_KB = EnrichmentEngine.withBundledKnowledgeBase();

    private TestEngines() {}
}
