package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAttributionTest {

    private static List<Quote> quotes(String body) {
        return TestEngines.TEST_KB.analyze(ArticleText.ofBody(body)).quotes();
    }

    @Test
    void speakerAfterTheQuote() {
        List<Quote> quotes = quotes("“We need guarantees,” Zelenskyy stated on Monday.");
        assertThat(quotes).extracting(Quote::speaker, Quote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskyy", "We need guarantees,"));
        assertThat(quotes.get(0).speakerId()).isEqualTo("person:volodymyr-zelenskyy");
    }

    @Test
    void saidBeforeTheSpeakerWithStraightQuotes() {
        assertThat(quotes("\"Prices will fall,\" said Marco Rubio.")).extracting(Quote::speaker)
                .containsExactly("Marco Rubio");
    }

    @Test
    void pronounStandsForTheLatestNamedPerson() {
        String body = "Senator Marco Rubio doubted new sanctions. “It could derail the talks,” he warned.";
        assertThat(quotes(body)).extracting(Quote::speaker).containsExactly("Marco Rubio");
    }

    @Test
    void aSpeakerInTheNextSentenceDidNotSayTheQuote() {
        String body = "Marco Rubio said Washington would \"not stand idly by\". Vladimir Putin told reporters the talks "
                + "were over.";
        assertThat(quotes(body)).extracting(Quote::speaker).containsExactly("Marco Rubio");
        assertThat(quotes("“Yes!” Zelenskyy said.")).extracting(Quote::speaker).containsExactly("Volodymyr Zelenskyy");
    }

    @Test
    void speakerBeforeTheQuote() {
        assertThat(quotes("Putin told reporters, “The door is open.”")).extracting(Quote::speaker)
                .containsExactly("Vladimir Putin");
    }

    @Test
    void quoteSpanIndexesTheQuotedWords() {
        String body = "“No comment,” an official said.";
        Quote quote = quotes(body).get(0);
        assertThat(quote.span().of(body)).isEqualTo("No comment,");
        assertThat(quote.speaker()).isNull();
    }

    @Test
    void unmatchedQuotationMarksAreIgnored() {
        assertThat(quotes("He said “this never closes\nand goes on.")).isEmpty();
    }
}
