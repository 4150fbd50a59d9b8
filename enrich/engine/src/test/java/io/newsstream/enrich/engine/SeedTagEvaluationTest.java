package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tags of every seed article against its publisher's tags, bundled knowledge base")
class SeedTagEvaluationTest {

    /** Floors below today's figures (precision 75.0 %, recall 86.7 %): a drop means extraction got worse. */
    private static final double MIN_PRECISION = 0.68;
    private static final double MIN_RECALL = 0.82;

    @Test
    void precisionAndRecallStayAboveTheirFloors() {
        TagEvaluation.Report report = CorpusTagEvaluation.of(SeedArticles.FOLDER);
        System.out.print(report.render());
        assertThat(report.overall().precision()).as(report.render()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(report.overall().recall()).as(report.render()).isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
