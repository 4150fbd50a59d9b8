package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.InlineEntities.country;
import static io.newsstream.enrich.engine.InlineEntities.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A dateline names the city, not its namesake region, and says little about the story")
class DatelinePlaceTest {

    private static final EnrichmentEngine ENGINE = EnrichmentEngine.withKnowledgeBase(KnowledgeBase.of(List.of(
            country("US", "United States", "American"),
            place("region:us-ny", "New York", "US", KbSource.REGIONS, 19_000_000),
            place("geonames:5128581", "New York City", "US", KbSource.CITIES, 8_000_000),
            place("region:ca-qc", "Quebec", "CA", KbSource.REGIONS, 8_000_000),
            place("geonames:6325494", "Quebec City", "CA", KbSource.CITIES, 530_000))));

    private static List<String> placeIds(String body) {
        return ENGINE.analyze(ArticleText.ofBody(body)).mentions().stream().map(Mention::entityId).toList();
    }

    @Test
    void aBareRegionNameInADatelineIsTheCity() {
        assertThat(placeIds("NEW YORK, March 3 - Stocks fell as investors sold bank shares."))
                .containsExactly("geonames:5128581");
        assertThat(placeIds("QUEBEC (Reuters) - The province's premier called an early election."))
                .containsExactly("geonames:6325494");
    }

    @Test
    void elsewhereTheRegionNameIsTheRegion() {
        assertThat(placeIds("Voters in New York and Quebec went to the polls.")).containsExactly("region:us-ny", "region:ca-qc");
    }

    @Test
    void theDatelinePlaceIsNotTagged() {
        Analysis analysis = ENGINE.analyze(ArticleText.ofBody(
                "NEW YORK, March 3 - American stocks fell. American banks led the decline, and American bonds rose."));
        assertThat(analysis.tags()).extracting(Tag::name).contains("United States").doesNotContain("New York City");
    }
}
