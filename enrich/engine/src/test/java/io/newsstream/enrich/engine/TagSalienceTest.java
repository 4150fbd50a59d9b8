package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.InlineEntities.country;
import static io.newsstream.enrich.engine.InlineEntities.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Entity salience")
class TagSalienceTest {

    private static final EnrichmentEngine ENGINE = EnrichmentEngine.withKnowledgeBase(KnowledgeBase.of(List.of(
            country("NO", "Norway", "Norwegian"),
            country("SE", "Sweden", "Swedish"),
            person("person:kevin-mccarthy", "Kevin McCarthy", "US", "McCarthy"))));

    private static List<String> tagNames(String body) {
        return ENGINE.analyze(ArticleText.ofBody(body)).tags().stream().map(Tag::name).toList();
    }

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

    @Test
    @DisplayName("a curated person named once late in a story about someone else is not tagged")
    void aPassingMentionFarBelowTheLeadingEntityIsNotTagged() {
        String filler = " Norway said the fishing quotas would hold, and Norway's fleet stayed in port for a week.".repeat(6);
        String story = "Norway signed a fishing accord on Monday." + filler
                + " A similar accord was once praised by Kevin McCarthy." + filler.substring(0, filler.length() / 3);
        assertThat(tagNames(story)).contains("Norway").doesNotContain("Kevin McCarthy");
        assertThat(tagNames("Kevin McCarthy praised a fishing accord that Norway signed on Monday."))
                .as("the same person leading a story is tagged").contains("Kevin McCarthy");
    }
}
