package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.InlineEntities.country;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Entity salience")
class TagSalienceTest {

    private static final EnrichmentEngine ENGINE = EnrichmentEngine.withKnowledgeBase(KnowledgeBase.of(List.of(
            country("NO", "Norway", "Norwegian"),
            country("SE", "Sweden", "Swedish"))));

    private static double score(String body, String tag) {
        return ENGINE.analyze(ArticleText.ofBody(body)).tags().stream().filter(t -> t.name().equals(tag))
                .mapToDouble(Tag::score).findFirst().orElseThrow(() -> new AssertionError(tag + " not tagged"));
    }

    @Test
    @DisplayName("demonyms place an entity at half weight: named in the lead beats described in the lead")
    void demonymsWeighLessThanNamesInTheSamePlaces() {
        String filler = " The fishing season opened late this year, and boats stayed in port for a week.".repeat(6);
        String named = "Norway and Sweden signed a fishing accord." + filler + " Norway will review it next year.";
        String described = "Norwegian and Swedish officials signed a fishing accord." + filler
                + " Norwegian and Swedish negotiators will review it next year, Norwegian ministers said, "
                + "and Norwegian fleets agreed.";
        assertThat(score(described, "Norway")).as("four demonyms weigh as much as two names in frequency")
                .isLessThan(score(named, "Norway"));
    }
}
