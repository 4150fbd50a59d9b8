package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.ingest.parse.ArticleDraft;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Golden test on the seed article, with the small test knowledge base and the bundled one")
class SeedArticleGoldenTest {

    enum KnowledgeBaseUnderTest {
        TEST(TestEngines.TEST_KB), BUNDLED(TestEngines.BUNDLED_KB);

        final EnrichmentEngine engine;

        KnowledgeBaseUnderTest(EnrichmentEngine engine) {
            this.engine = engine;
        }
    }

    private static ArticleDraft seed;

    @BeforeAll
    static void readSeed() {
        seed = SeedArticles.read(SeedArticles.UKRAINE_SUMMIT);
    }

    private static Analysis analyse(KnowledgeBaseUnderTest kb) {
        return kb.engine.analyze(ArticleText.ofBody(seed.body()));
    }

    @ParameterizedTest
    @EnumSource(KnowledgeBaseUnderTest.class)
    void allPublisherTagsAreProducedWithTheirExactNames(KnowledgeBaseUnderTest kb) {
        Analysis analysis = analyse(kb);
        assertThat(analysis.tags()).extracting(Tag::name).containsAll(seed.publisherTags());
        assertThat(analysis.tags()).hasSizeLessThanOrEqualTo(15);
        assertThat(analysis.language()).isEqualTo("en");
    }

    @ParameterizedTest
    @EnumSource(KnowledgeBaseUnderTest.class)
    @DisplayName("every person is a PERSON mention whose spans are exactly where the text names them")
    void everyPersonWithSpans(KnowledgeBaseUnderTest kb) {
        Analysis analysis = analyse(kb);
        Map<String, List<String>> surfaces = analysis.mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON)
                .collect(Collectors.toMap(Mention::name,
                        m -> m.spans().stream().map(s -> s.of(seed.body())).toList()));
        assertThat(surfaces).containsOnlyKeys("Vladimir Putin", "Donald Trump", "Steve Witkoff",
                "Ursula von der Leyen", "Volodymyr Zelenskyy", "Marco Rubio", "Emily Cuddy");
        assertThat(surfaces.get("Donald Trump")).containsExactly("Trump", "Trump", "Trump", "Trump");
        assertThat(surfaces.get("Vladimir Putin")).containsExactly("Vladimir Putin", "Putin");
        assertThat(surfaces.get("Steve Witkoff")).containsExactly("Steve Witkoff", "Witkoff", "Witkoff", "Witkoff");
        assertThat(surfaces.get("Volodymyr Zelenskyy"))
                .containsExactly("Volodymyr Zelenskyy", "Zelenskyy", "Zelenskyy", "Zelenskyy");
        assertThat(surfaces.get("Marco Rubio")).containsExactly("Marco Rubio", "Rubio");
        assertThat(surfaces.get("Ursula von der Leyen")).containsExactly("Ursula von der Leyen");
        assertThat(surfaces.get("Emily Cuddy")).containsExactly("Emily Cuddy");

        Mention trump = mention(analysis, "Donald Trump");
        assertThat(trump.spans().get(0)).isEqualTo(new Span(117, 122));
    }

    @ParameterizedTest
    @EnumSource(KnowledgeBaseUnderTest.class)
    void placesCarryTheirCountry(KnowledgeBaseUnderTest kb) {
        Analysis analysis = analyse(kb);
        assertThat(mention(analysis, "Brussels").country()).isEqualTo("BE");
        assertThat(mention(analysis, "Alaska").country()).isEqualTo("US");
        assertThat(mention(analysis, "European Union").spans()).extracting(s -> s.of(seed.body())).containsExactly("EU", "EU");
    }

    @ParameterizedTest
    @EnumSource(KnowledgeBaseUnderTest.class)
    void quotesAreAttributedToTheirSpeakers(KnowledgeBaseUnderTest kb) {
        assertThat(analyse(kb).quotes()).extracting(Quote::speaker, q -> q.text().substring(0, 12)).contains(
                org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskyy", "It’s crucial"),
                org.assertj.core.groups.Tuple.tuple("Marco Rubio", "If more sanc"),
                org.assertj.core.groups.Tuple.tuple("Marco Rubio", "This isn’t a"),
                org.assertj.core.groups.Tuple.tuple("Emily Cuddy", "Realistic se"));
    }

    private static Mention mention(Analysis analysis, String name) {
        return analysis.mentions().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }
}
