package io.newsstream.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void shortFirstLineBeforeABlankLineIsTheTitle() {
        ArticleDraft article = parser.parse("Texaco files for bankruptcy\n\nHOUSTON, April 12 - Texaco Inc said...\nMore.").get(0).article();

        assertThat(article.title()).isEqualTo("Texaco files for bankruptcy");
        assertThat(article.body()).isEqualTo("HOUSTON, April 12 - Texaco Inc said...\nMore.");
    }

    @Test
    void withoutABlankLineEverythingIsBody() {
        ArticleDraft article = parser.parse("Line one.\nLine two.").get(0).article();

        assertThat(article.title()).isNull();
        assertThat(article.body()).isEqualTo("Line one.\nLine two.");
    }

    @Test
    void emptyFileFails() {
        assertThat(parser.parse("  \n ").get(0).failure()).isEqualTo("file is empty");
    }
}
