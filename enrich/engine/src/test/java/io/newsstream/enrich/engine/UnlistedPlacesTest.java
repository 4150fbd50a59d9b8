package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.FoundMentions.find;
import static io.newsstream.enrich.engine.FoundMentions.only;
import static io.newsstream.enrich.engine.InlineEntities.country;
import static io.newsstream.enrich.engine.InlineEntities.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Places typed by the geographic words around or inside their names, whether the knowledge base
 * lists them or not: administrative units ("Xanadu province") and geographic features ("Sulu Sea").
 */
@DisplayName("Provinces, states and geographic features")
class UnlistedPlacesTest {

    /** Countries, and two features of which one has a listed country inside its name. */
    private static final EnrichmentEngine ENGINE = EnrichmentEngine.withKnowledgeBase(KnowledgeBase.of(List.of(
            country("PH", "Philippines", "Philippine", "Filipino"),
            country("CN", "China", "Chinese"),
            country("IN", "India", "Indian"),
            place("region:south-china-sea", "South China Sea", null, KbSource.REGIONS, 0),
            place("region:strait-of-hormuz", "Strait of Hormuz", null, KbSource.REGIONS, 0))));

    private static Analysis analyze(String body) {
        return ENGINE.analyze(ArticleText.ofBody(body));
    }

    @Test
    @DisplayName("a unit after the name makes a place in the text's dominant country")
    void unitAfterTheName() {
        Analysis analysis = analyze("Typhoon Koinu struck Batanes province on Monday. Philippine officials said "
                + "the storm would reach Luzon later. The Philippines asked for aid.");
        Mention batanes = only(analysis, "Batanes");
        assertThat(batanes.type()).isEqualTo(EntityType.LOCATION);
        assertThat(batanes.country()).isEqualTo("PH");
    }

    @Test
    @DisplayName("\"the state of X\" and \"X Prefecture\" are places; their unit word is not a person title")
    void unitBeforeOrInsideTheName() {
        Analysis analysis = analyze("Floods in the state of Vindhara killed 40 people in India. "
                + "Relief also reached Kaminari Prefecture.");
        assertThat(only(analysis, "Vindhara").type()).isEqualTo(EntityType.LOCATION);
        assertThat(only(analysis, "Vindhara").country()).isEqualTo("IN");
        assertThat(only(analysis, "Kaminari Prefecture").type()).isEqualTo(EntityType.LOCATION);
        assertThat(analysis.mentions()).extracting(Mention::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    @DisplayName("no country when two countries are named as often")
    void noClearCountry() {
        Analysis analysis = analyze("The storm hit Batanes province in the Philippines and Zhanxi province in China.");
        assertThat(only(analysis, "Batanes").country()).isNull();
        assertThat(only(analysis, "Zhanxi").country()).isNull();
    }

    @Test
    @DisplayName("a listed feature is matched whole, even with a listed country inside or \"of\" in its name")
    void listedFeaturesStayWhole() {
        String body = "Chinese ships patrolled the South China Sea while tankers crossed the Strait of Hormuz.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "South China Sea").spans()).extracting(s -> s.of(body))
                .containsExactly("South China Sea");
        assertThat(only(analysis, "Strait of Hormuz").entityId()).isEqualTo("region:strait-of-hormuz");
        assertThat(only(analysis, "China").spans()).extracting(s -> s.of(body)).containsExactly("Chinese");
    }

    @Test
    @DisplayName("an unlisted feature is one place, not an organisation and not the country inside it")
    void unlistedFeatures() {
        String body = "In the Philippine Sea and the Gulf of Tonkin, and near the Second Thomas Shoal, "
                + "patrols grew. Lake Kivu and the Korean Peninsula were calm.";
        Analysis analysis = analyze(body);
        assertThat(analysis.mentions()).extracting(Mention::name).contains("Philippine Sea", "Gulf of Tonkin",
                "Second Thomas Shoal", "Lake Kivu", "Korean Peninsula");
        assertThat(analysis.mentions()).extracting(Mention::type).containsOnly(EntityType.LOCATION);
        assertThat(only(analysis, "Gulf of Tonkin").country()).as("waters may be shared").isNull();
        assertThat(find(analysis, "Philippines")).isEmpty();
    }
}
