package io.newsstream.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    private final JsonLinesParser parser = new JsonLinesParser();

    @Test
    void readsEveryFieldAndKeepsGoingPastBadLines() {
        String text = String.join("\n",
                "{\"url\":\"https://example.org/a\",\"source\":\"Wire\",\"title\":\"Oil rises\",\"body\":\"OPEC met.\","
                        + "\"published_at\":\"1987-02-26T10:00:00Z\",\"language\":\"en\",\"tags\":[\"Energy\",\"OPEC\"]}",
                "{not json",
                "",
                "{\"title\":\"No body\"}",
                "[1,2]",
                "{\"text\":\"Second article.\",\"publisher_tags\":\"Politics, Elections\",\"published_at\":541245600000}");

        List<ParseResult> results = parser.parse(text);

        assertThat(results).extracting(ParseResult::location)
                .containsExactly("line 1", "line 2", "line 4", "line 5", "line 6");
        ArticleDraft first = results.get(0).article();
        assertThat(first.url()).isEqualTo("https://example.org/a");
        assertThat(first.source()).isEqualTo("Wire");
        assertThat(first.title()).isEqualTo("Oil rises");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("1987-02-26T10:00:00Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.publisherTags()).containsExactly("Energy", "OPEC");
        assertThat(results.get(1).failure()).startsWith("invalid JSON");
        assertThat(results.get(1).rawText()).isEqualTo("{not json");
        assertThat(results.get(2).failure()).contains("no 'body'");
        assertThat(results.get(3).failure()).contains("expected a JSON object");
        ArticleDraft last = results.get(4).article();
        assertThat(last.body()).isEqualTo("Second article.");
        assertThat(last.publisherTags()).containsExactly("Politics", "Elections");
        assertThat(last.publishedAt()).isEqualTo(Instant.ofEpochMilli(541245600000L));
    }

    @Test
    void badDateIsReportedWithTheAcceptedFormats() {
        ParseResult result = parser.parse("{\"body\":\"x\",\"published_at\":\"yesterday\"}").get(0);

        assertThat(result.failure()).contains("yesterday").contains("ISO-8601");
    }
}
