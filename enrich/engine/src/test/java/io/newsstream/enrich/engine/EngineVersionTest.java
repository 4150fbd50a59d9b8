package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KnowledgeBase;
import io.newsstream.enrich.engine.lexicon.LexiconData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The engine version changes with every data file the engine reads")
class EngineVersionTest {

    private static final KnowledgeBase TEST_KB = KnowledgeBase.fromClasspath("io/newsstream/enrich/testkb/");

    private static String versionWithGivenNames(String givenNamesPath) {
        return EnrichmentEngine.withData(TEST_KB, LexiconData.fromClasspath(LexiconData.BUNDLED_TOPICS,
                LexiconData.BUNDLED_COMMON_WORDS, givenNamesPath)).version();
    }

    @Test
    void sameDataSameVersion() {
        assertThat(versionWithGivenNames(TestEngines.TEST_GIVEN_NAMES))
                .isEqualTo(versionWithGivenNames(TestEngines.TEST_GIVEN_NAMES))
                .startsWith(EnrichmentEngine.ENGINE_VERSION + "+data.");
    }

    @Test
    @DisplayName("a word list that appears changes the version")
    void wordListChangesTheVersion() {
        assertThat(versionWithGivenNames(TestEngines.TEST_GIVEN_NAMES))
                .isNotEqualTo(versionWithGivenNames("io/newsstream/enrich/testlexicon/absent.txt"));
    }

    @Test
    @DisplayName("the topic lexicon is part of the version")
    void topicLexiconChangesTheVersion() {
        LexiconData otherTopics = LexiconData.fromClasspath("io/newsstream/enrich/testlexicon/topics.tsv",
                LexiconData.BUNDLED_COMMON_WORDS, TestEngines.TEST_GIVEN_NAMES);
        assertThat(EnrichmentEngine.withData(TEST_KB, otherTopics).version())
                .isNotEqualTo(versionWithGivenNames(TestEngines.TEST_GIVEN_NAMES));
    }

    @Test
    void theKnowledgeBaseIsPartOfTheVersion() {
        assertThat(TestEngines.BUNDLED_KB.version()).isNotEqualTo(TestEngines.TEST_KB.version());
    }
}
