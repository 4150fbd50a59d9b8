package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Property-style robustness: spans index the text, nothing throws")
class RobustnessTest {

    private static final EnrichmentEngine ENGINE = TestEngines.TEST_KB;

    @Test
    void emptyAndBlankTexts() {
        for (String body : new String[] {"", " ", "\n\n", "“", "\"", "’s", "U.S.", "-"}) {
            Analysis analysis = ENGINE.analyze(ArticleText.ofBody(body));
            assertThat(analysis.tags()).hasSizeLessThanOrEqualTo(15);
        }
    }

    @Test
    @DisplayName("random Unicode never throws and every span lies inside the text")
    void arbitraryUnicode() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x3000) : " .,’'\"“”-\nAEIOUTrumpUkraine".charAt(random.nextInt(27));
                if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            String title = random.nextBoolean() ? "Trump’s Ukraine" : null;
            ArticleText article = new ArticleText(title, text.toString());
            assertSpansIndexSurface(article, ENGINE.analyze(article));
        }
    }

    @Test
    @DisplayName("random news-like word salad on the bundled knowledge base never falls back to the empty analysis")
    void newsLikeWordSaladNeverFails() {
        String[] words = {"Senator", "Dr.", "Jr.", "Sr.", "al-Assad", "Xi", "Lee", "Corp", "Inc", "and", "of", "&",
            "Washington", "Nice", "Mobile", "\u201c", "\u201d", "\"", ",", "said", "told", "Mr.", "Kiyomizu", "Bank",
            "Ministry", "the", "in", "NEW", "YORK", "-", "\n", ".", "\u2019s", "'s", "U.S.", "Tex.", "Crown", "Prince",
            "Secretary", "State", "he", "She", "Gulfstar", "Petroleum", "Ukrainian", "von", "der", "Leyen", "OPEC",
            "12", "pct", "dlrs", "(AP)", "COMMACK", "N.Y.", "Feb", "26", "Yoon", "Suk", "Yeol", "Marcos"};
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            body.append(" Vladimir Putin spoke.");
            ArticleText article = new ArticleText(random.nextBoolean() ? "NICE, France - Putin" : null, body.toString());
            Analysis analysis = TestEngines.BUNDLED_KB.analyze(article);
            assertThat(analysis.mentions()).as(body.toString()).extracting(Mention::name).contains("Vladimir Putin");
            assertSpansIndexSurface(article, analysis);
        }
    }

    @Test
    void spansOfEverySeedIndexTheExactSurface() {
        for (Path file : SeedArticles.files()) {
            String body = SeedArticles.read(file).body();
            ArticleText article = new ArticleText("Headline about Russia and Putin", body);
            Analysis analysis = ENGINE.analyze(article);
            assertSpansIndexSurface(article, analysis);
            for (Mention mention : analysis.mentions()) {
                for (Span span : mention.spans()) {
                    String surface = span.of(article.analysedText());
                    assertThat(surface).isNotBlank().doesNotEndWith("’s").doesNotEndWith("'s");
                    assertThat(Character.isLetterOrDigit(surface.charAt(surface.length() - 1))
                            || surface.endsWith(".")).isTrue();
                }
            }
        }
    }

    @Test
    void tenMegabyteBody() {
        String seed = SeedArticles.read(SeedArticles.UKRAINE_SUMMIT).body();
        String body = (seed + "\n").repeat(10_000_000 / seed.length() + 1);
        Analysis analysis = ENGINE.analyze(ArticleText.ofBody(body));
        assertThat(analysis.mentions()).isNotEmpty();
        assertThat(analysis.tags()).hasSizeLessThanOrEqualTo(15);
        assertSpansIndexSurface(ArticleText.ofBody(body), analysis);
    }

    @Test
    void nonEnglishTextGetsNoEnglishRules() {
        String body = "Le président Vladimir Putin a rencontré les dirigeants de la Russie à Moscou. "
                + "« Nous sommes prêts », a déclaré le porte-parole, qui est arrivé dans la ville pour les discussions.";
        Analysis analysis = ENGINE.analyze(ArticleText.ofBody(body));
        assertThat(analysis.language()).isEqualTo("fr");
        assertThat(analysis.quotes()).isEmpty();
        assertThat(analysis.mentions()).extracting(Mention::name).containsExactly("Vladimir Putin");
    }

    private static void assertSpansIndexSurface(ArticleText article, Analysis analysis) {
        String text = article.analysedText();
        for (Mention mention : analysis.mentions()) {
            assertThat(mention.spans()).isNotEmpty();
            for (Span span : mention.spans()) {
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
                assertThat(span.of(text)).isEqualTo(text.substring(span.start(), span.end()));
            }
        }
        for (Quote quote : analysis.quotes()) {
            assertThat(quote.span().of(text)).isEqualTo(quote.text());
        }
    }
}
