package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.InlineEntities.country;
import static io.newsstream.enrich.engine.InlineEntities.organization;
import static io.newsstream.enrich.engine.InlineEntities.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Listed names next to possessives, legal forms, storm words and namesake towns")
class NamesAroundNamesTest {

    private static final EnrichmentEngine ENGINE = EnrichmentEngine.withKnowledgeBase(KnowledgeBase.of(List.of(
            country("CN", "China", "Chinese"),
            country("US", "United States", "American"),
            country("RU", "Russia", "Russian"),
            country("CH", "Switzerland", "Swiss"),
            organization("org:peoples-bank-of-china", "People's Bank of China", "CN", "PBOC"),
            organization("org:bank-of-china", "Bank of China", "CN"),
            organization("org:mcdonalds", "McDonald's", "US"),
            organization("org:exxonmobil", "ExxonMobil", "US", "Exxon Mobil"),
            organization("org:chevron", "Chevron", "US"),
            place("region:us-fl", "Florida", "US", KbSource.REGIONS, 1000),
            place("geonames:4174757", "Tampa", "US", KbSource.CITIES, 384_959),
            place("geonames:498817", "St. Petersburg", "RU", KbSource.CITIES, 5_028_000),
            place("geonames:4171563", "St. Petersburg", "US", KbSource.CITIES, 257_083),
            place("geonames:6074377", "Milton", "CA", KbSource.CITIES, 110_128),
            place("geonames:2660646", "Geneva", "CH", KbSource.CITIES, 183_981),
            place("geonames:4893591", "Geneva Town", "US", KbSource.CITIES, 21_806))));

    private static Analysis analyze(String body) {
        return ENGINE.analyze(ArticleText.ofBody(body));
    }

    private static List<String> spansOf(String body, String name) {
        return FoundMentions.only(analyze(body), name).spans().stream().map(span -> span.of(body)).toList();
    }

    private static List<String> ids(String body) {
        return analyze(body).mentions().stream().map(Mention::entityId).toList();
    }

    @Test
    @DisplayName("a possessive inside a listed name is part of it: the People's Bank of China is not the Bank of China")
    void possessivesInsideListedNames() {
        String body = "The People’s Bank of China cut rates, and the Bank of China followed.";
        assertThat(spansOf(body, "People's Bank of China")).containsExactly("People’s Bank of China");
        assertThat(spansOf(body, "Bank of China")).containsExactly("Bank of China");
    }

    @Test
    @DisplayName("a legal form after a possessive company name belongs to the company, and is no person")
    void legalFormAfterPossessiveName() {
        String body = "McDonald's Corp said sales rose.";
        assertThat(spansOf(body, "McDonald's")).containsExactly("McDonald's Corp");
        assertThat(analyze(body).mentions()).extracting(Mention::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    @DisplayName("\"and\" after a legal form separates two companies")
    void andAfterALegalFormSeparatesCompanies() {
        String body = "Exxon Mobil Corp and Chevron Corp will fund the program.";
        assertThat(spansOf(body, "ExxonMobil")).containsExactly("Exxon Mobil Corp");
        assertThat(spansOf(body, "Chevron")).containsExactly("Chevron Corp");
    }

    @Test
    @DisplayName("the name after a storm word is the storm's, not a town's; a storm centre is still an organisation")
    void stormNamesAreNoPlaces() {
        String body = "Hurricane Milton struck Florida on Wednesday, the National Hurricane Center said.";
        assertThat(ids(body)).doesNotContain("geonames:6074377");
        assertThat(analyze(body).mentions()).anySatisfy(mention -> {
            assertThat(mention.name()).endsWith("Hurricane Center");
            assertThat(mention.type()).isEqualTo(EntityType.ORGANIZATION);
        });
    }

    @Test
    @DisplayName("a town shared with a big city of the story's country is that city, unless the text says otherwise")
    void namesakeTownsInTheStorysCountry() {
        String florida = "The storm hit Florida hard. Tampa flooded, Florida officials said, and in St. Petersburg "
                + "winds ripped a roof off.";
        assertThat(ids(florida)).contains("geonames:4171563").doesNotContain("geonames:498817");

        String russia = "The storm hit Florida hard. Tampa flooded. In St. Petersburg, Russia, the news was read.";
        assertThat(ids(russia)).contains("geonames:498817");
    }

    @Test
    @DisplayName("a small namesake in the story's country does not take over a well-known city")
    void smallNamesakesDoNotTakeOver() {
        String body = "Florida growers in Tampa said OPEC members agreed last month in Geneva to hold output.";
        assertThat(ids(body)).contains("geonames:2660646");
    }
}
