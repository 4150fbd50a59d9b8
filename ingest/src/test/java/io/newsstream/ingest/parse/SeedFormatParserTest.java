package io.newsstream.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeedFormatParserTest {

    private final SeedFormatParser parser = new SeedFormatParser();

    @Test
    @DisplayName("the seed article's tag line becomes publisher_tags and never enters the body")
    void seedArticle() throws IOException {
        String text = Files.readString(Path.of("../seeds/000_3469b6172892ae86.txt"));

        List<ParseResult> results = parser.parse(text);

        assertThat(results).singleElement().satisfies(result -> {
            ArticleDraft article = result.article();
            assertThat(article.publisherTags()).containsExactly(
                    "War", "Marco Rubio", "Ukraine", "Donald Trump", "Politics", "Russia",
                    "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelenskyy", "European Union");
            assertThat(article.body())
                    .startsWith("Washington — Recently, a significant development")
                    .endsWith("peace and stability in Ukraine and the wider region.")
                    .doesNotContain("Source link")
                    .doesNotContain("Steve Witkoff, Vladimir Putin");
            assertThat(article.title()).isNull();
        });
    }

    @Test
    void blankLinesBetweenParagraphsAndWindowsLineEndingsAreTolerated() {
        String text = "First paragraph.\r\n\r\nSecond paragraph.\r\nSource link\r\nEconomy, Oil ,  OPEC,\r\n";

        ArticleDraft article = parser.parse(text).get(0).article();

        assertThat(article.body()).isEqualTo("First paragraph.\nSecond paragraph.");
        assertThat(article.publisherTags()).containsExactly("Economy", "Oil", "OPEC");
    }

    @Test
    void missingTrailerIsAFailureWithAReason() {
        ParseResult result = parser.parse("Just a paragraph.\nAnother one.").get(0);

        assertThat(result.isOk()).isFalse();
        assertThat(result.failure()).contains("Source link");
        assertThat(result.rawText()).isEqualTo("Just a paragraph.\nAnother one.");
    }

    @Test
    void emptyBodyIsAFailure() {
        assertThat(parser.parse("Source link\nWar").get(0).failure()).contains("no body");
    }

    @Test
    void detection() {
        assertThat(SeedFormatParser.looksLikeSeedFormat("Body.\nSource link\nA, B\n\n")).isTrue();
        assertThat(SeedFormatParser.looksLikeSeedFormat("Body.\nSource link\n")).isFalse();
        assertThat(SeedFormatParser.looksLikeSeedFormat("Body mentions Source link in passing.\nA, B")).isFalse();
    }
}
