package io.newsstream.enrich.engine;

import io.newsstream.enrich.engine.kb.KnowledgeBase;
import io.newsstream.enrich.engine.lexicon.LexiconData;

/**
 * Engines shared by tests: one over the small test knowledge base and a small given-name list in
 * {@code src/test/resources}, one over the bundled data, as in production.
 */
final class TestEngines {

    static final String TEST_GIVEN_NAMES = "io/newsstream/enrich/testlexicon/given-names.txt";

    static final EnrichmentEngine TEST_KB = EnrichmentEngine.withData(
            KnowledgeBase.fromClasspath("io/newsstream/enrich/testkb/"),
            LexiconData.fromClasspath(LexiconData.BUNDLED_TOPICS, LexiconData.BUNDLED_COMMON_WORDS, TEST_GIVEN_NAMES));

    static final EnrichmentEngine BUNDLED_KB = EnrichmentEngine.withBundledKnowledgeBase();

    private TestEngines() {}
}
