package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * People listed nowhere and announced by no title, typed from the words around them: appositions
 * with a role noun, role phrases closed by a speech verb, and given names as supporting evidence.
 * Test knowledge base with a small given-name list (Enrique, Hiroshi, Maria, ...).
 */
@DisplayName("Unlisted people without a title")
class UnlistedPeopleTest {

    private static Analysis analyze(String body) {
        return TestEngines.TEST_KB.analyze(ArticleText.ofBody(body));
    }

    private static List<String> people(String body) {
        return analyze(body).mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::name).toList();
    }

    @Test
    @DisplayName("a role noun set off before the name: \"the EU's coordinator, Enrique Mora, said\"")
    void roleNounBeforeTheName() {
        assertThat(people("The European Union's coordinator, Enrique Mora, said he remained hopeful."))
                .containsExactly("Enrique Mora");
        assertThat(people("Talks stalled, the bank's chief negotiator, Lwazi Dlamini, told reporters."))
                .containsExactly("Lwazi Dlamini");
    }

    @Test
    @DisplayName("a Korean given name keeps its lower-case hyphenated syllable; \"Iran-backed\" stays a place")
    void hyphenatedKoreanGivenNames() {
        String body = "Analyst Park Sang-hoon said the won fell as an Iran-backed group and a New York-based fund sold.";
        Mention park = FoundMentions.only(analyze(body), "Park Sang-hoon");
        assertThat(park.type()).isEqualTo(EntityType.PERSON);
        assertThat(park.spans()).extracting(span -> span.of(body)).containsExactly("Park Sang-hoon");
        assertThat(people(body)).containsExactly("Park Sang-hoon");
    }

    @Test
    @DisplayName("a role phrase after the name, closed by a speech verb, needs no given name")
    void rolePhraseClosedBySpeechVerb() {
        String body = "Gareth Pondsworth, chief economist of Halden Research, said the yen would weaken. "
                + "Pondsworth expects two rate cuts.";
        Analysis analysis = analyze(body);
        Mention person = analysis.mentions().stream().filter(m -> m.name().equals("Gareth Pondsworth")).findFirst()
                .orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.spans()).extracting(s -> s.of(body)).containsExactly("Gareth Pondsworth", "Pondsworth");
    }

    @Test
    @DisplayName("a role phrase without a speech verb counts only after a given name")
    void rolePhraseNeedsAGivenName() {
        assertThat(people("The plan was drafted by Hiroshi Tanabe, a senior analyst at the ministry."))
                .containsExactly("Hiroshi Tanabe");
        assertThat(people("The plan was drafted by Halden Tanabe, a senior analyst at the ministry."))
                .isEmpty();
    }

    @Test
    @DisplayName("a given name with \"who\" or \"according to\"")
    void givenNameWithWeakerContext() {
        assertThat(people("Maria Kowalczyk, who ran the inquiry, stepped down in March.")).containsExactly("Maria Kowalczyk");
        assertThat(people("Output fell 3 pct, according to Tomasz Wrobel at the statistics office."))
                .containsExactly("Tomasz Wrobel");
    }

    @Test
    @DisplayName("speech verbs next to the name still suffice, on both sides")
    void speechVerbs() {
        assertThat(people("\"We are not there yet,\" said Kazuo Hirata, a trader in Osaka.")).containsExactly("Kazuo Hirata");
        assertThat(people("Lindqvist Abernathy told the committee the plant would close.")).containsExactly("Lindqvist Abernathy");
    }

    @Test
    @DisplayName("companies and unannounced names stay what they were")
    void noFalsePeople() {
        List<Mention> mentions = analyze("Redwater Drilling Inc, whose chairman resigned, said output fell. "
                + "Shares of Halden Tanabe rose, a trader at Osaka Exchange said.").mentions();
        assertThat(mentions).filteredOn(m -> m.name().equals("Redwater Drilling")).extracting(Mention::type)
                .containsExactly(EntityType.ORGANIZATION);
        assertThat(mentions).extracting(Mention::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    @DisplayName("a listed person's bare surname after another given name is someone else: \"Maria Rubio\"")
    void listedSurnameAfterAnotherGivenNameIsAnUnlistedPerson() {
        assertThat(people("Maria Rubio, a teacher in Miami, said the school would reopen."))
                .containsExactly("Maria Rubio");
        assertThat(people("Secretary of State Marco Rubio arrived on Monday. Rubio said talks would go on."))
                .as("the listed person's own full name and surname still resolve").containsOnly("Marco Rubio");
    }
}
