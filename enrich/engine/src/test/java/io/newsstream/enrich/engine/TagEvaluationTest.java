package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagEvaluationTest {

    @Test
    void matchesIgnoringCaseAndAccentsAndMicroAverages() {
        TagEvaluation.Report report = TagEvaluation.evaluate(List.of(
                new TagEvaluation.FileTags("a.txt", List.of("Recep Tayyip Erdoğan", "war", "Oil"),
                        List.of("Recep Tayyip Erdogan", "War")),
                new TagEvaluation.FileTags("b.txt", List.of("Politics"), List.of("POLITICS", "Joe Biden"))));
        assertThat(report.files().get(0).precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(report.files().get(0).recall()).isEqualTo(1.0);
        assertThat(report.files().get(1).missing()).containsExactly("Joe Biden");
        assertThat(report.overall().precision()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(report.overall().recall()).isCloseTo(3 / 4.0, within(1e-9));
        assertThat(report.render()).contains("a.txt", "extra:   Oil", "OVERALL (2 files)  precision  75.0%  recall  75.0%");
    }
}
