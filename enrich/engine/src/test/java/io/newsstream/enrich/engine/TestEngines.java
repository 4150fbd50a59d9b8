package io.newsstream.enrich.engine;

import io.newsstream.enrich.engine.kb.KnowledgeBase;

/** One engine over the small test knowledge base in {@code src/test/resources}, shared by tests. */
final class TestEngines {

    static final EnrichmentEngine TEST_KB = EnrichmentEngine.withKnowledgeBase(
            KnowledgeBase.fromClasspath("io/newsstream/enrich/testkb/"));

    private TestEngines() {}
}
