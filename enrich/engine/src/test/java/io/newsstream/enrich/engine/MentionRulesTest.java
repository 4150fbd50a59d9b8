package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mention rules on real sentences")
class MentionRulesTest {

    private static List<Mention> mentions(String body) {
        return TestEngines.TEST_KB.analyze(ArticleText.ofBody(body)).mentions();
    }

    private static Mention only(String body, String name) {
        return mentions(body).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + mentions(body)));
    }

    @Test
    void possessivesWithCurlyAndStraightApostrophesKeepTheName() {
        String body = "Trump’s envoy met Putin's aides.";
        assertThat(only(body, "Donald Trump").spans()).extracting(s -> s.of(body)).containsExactly("Trump");
        assertThat(only(body, "Vladimir Putin").spans()).extracting(s -> s.of(body)).containsExactly("Putin");
    }

    @Test
    void titlesAndHonorificsTypeUnknownNamesAsPeople() {
        String body = "The report was written by analyst Dr. Emily Cuddy and reviewed by Senator Jane Halvorsen.";
        assertThat(only(body, "Emily Cuddy").type()).isEqualTo(EntityType.PERSON);
        assertThat(only(body, "Jane Halvorsen").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    @DisplayName("a later surname links to the full name seen earlier, even at the start of a sentence")
    void surnamesLinkToFullNames() {
        String body = "U.S. envoy Steve Witkoff arrived on Monday. Witkoff said the talks went well.";
        Mention witkoff = only(body, "Steve Witkoff");
        assertThat(witkoff.type()).isEqualTo(EntityType.PERSON);
        assertThat(witkoff.spans()).extracting(s -> s.of(body)).containsExactly("Steve Witkoff", "Witkoff");
        assertThat(only(body, "United States").spans()).extracting(s -> s.of(body)).containsExactly("U.S.");
    }

    @Test
    @DisplayName("organisation suffixes make organisations, named without their legal form but spanning it")
    void organisationSuffixesMakeOrganisations() {
        String body = "Gulfstar Petroleum Corp agreed to buy Redwater Drilling Inc, and the Ministry of Energy approved.";
        assertThat(only(body, "Gulfstar Petroleum").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(body, "Gulfstar Petroleum").spans()).extracting(s -> s.of(body))
                .containsExactly("Gulfstar Petroleum Corp");
        assertThat(only(body, "Redwater Drilling").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(body, "Ministry of Energy").type()).isEqualTo(EntityType.ORGANIZATION);
        String analyst = "\"Demand remains strong,\" said Park Min-ho, an analyst at Kiwoom Securities.";
        assertThat(only(analyst, "Kiwoom Securities").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void townsWithStateOrCountryTakeThatCountry() {
        assertThat(only("Oil executives met in Houston, Tex., on Friday.", "Houston").country()).isEqualTo("US");
        assertThat(only("The talks moved to Lugano, Switzerland, last week.", "Lugano").country()).isEqualTo("CH");
        assertThat(only("The Paris, Tex., plant closed.", "Paris").latitude()).isEqualTo(33.66);
        assertThat(only("The Paris summit opened.", "Paris").country()).isEqualTo("FR");
    }

    @Test
    @DisplayName("a wire dateline town listed nowhere is still a place in the named state")
    void datelines() {
        Mention commack = only("COMMACK, N.Y., Feb 26 - Local officials said taxes would rise 4 pct.", "Commack");
        assertThat(commack.type()).isEqualTo(EntityType.LOCATION);
        assertThat(commack.country()).isEqualTo("US");
    }

    @Test
    void demonymsResolveToTheirPlace() {
        String body = "Ukrainian President Volodymyr Zelenskyy met Russian negotiators.";
        assertThat(only(body, "Ukraine").spans()).extracting(s -> s.of(body)).containsExactly("Ukrainian");
        assertThat(only(body, "Russia").spans()).extracting(s -> s.of(body)).containsExactly("Russian");
        assertThat(only(body, "Volodymyr Zelenskyy").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void pronounsAndSentenceInitialWordsAreNotMentions() {
        List<Mention> found = mentions("He said it was over. They left. Recently, She returned. Well, said Us.");
        assertThat(found).isEmpty();
    }

    @Test
    void allCapsAcronymsDoNotMatchLowerCaseWords() {
        assertThat(mentions("Let us go, they told us.")).isEmpty();
        assertThat(only("The US and the EU disagreed.", "European Union").count()).isEqualTo(1);
    }

    @Test
    void particleNamesStayWhole() {
        String body = "Commission chief Ursula von der Leyen spoke.";
        assertThat(only(body, "Ursula von der Leyen").spans()).extracting(s -> s.of(body))
                .containsExactly("Ursula von der Leyen");
    }

    @Test
    @DisplayName("\"and\" between listed places lists them; it does not make one organisation of them")
    void andBetweenListedPlacesListsThem() {
        String body = "The United States and Switzerland signed the accord, and the United States and Russia objected.";
        assertThat(mentions(body)).extracting(Mention::name, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("United States", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Switzerland", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Russia", EntityType.LOCATION));
    }
}
