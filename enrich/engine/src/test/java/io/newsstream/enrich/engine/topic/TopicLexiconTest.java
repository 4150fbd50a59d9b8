package io.newsstream.enrich.engine.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {

    private static TopicLexicon parse(String text) throws IOException {
        return TopicLexicon.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void narrowerTopicsNameTheirBroaderOne() throws IOException {
        TopicLexicon topics = parse("# comment\nDisaster\tmedtop:03000000\tquake:4|flood:3\nEarthquake\t\tquake:4\tDisaster\n");
        assertThat(topics.size()).isEqualTo(2);
        assertThat(topics.parent(0)).isEqualTo(TopicLexicon.NO_PARENT);
        assertThat(topics.parent(1)).isZero();
        assertThat(topics.iptcCode(1)).isNull();
        assertThat(topics.cues(0)).containsEntry("flood", 3.0);
    }

    @Test
    void aParentThatIsNotListedBeforeIsAnError() {
        assertThatThrownBy(() -> parse("Earthquake\t\tquake:4\tDisaster\nDisaster\t\tquake:4\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topics.tsv:1").hasMessageContaining("Disaster");
    }

    @Test
    void aBadWeightNamesTheLine() {
        assertThatThrownBy(() -> parse("War\t\twar:x\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topics.tsv:1");
    }
}
