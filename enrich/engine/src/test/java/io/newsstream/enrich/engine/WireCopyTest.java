package io.newsstream.enrich.engine;

import static io.newsstream.enrich.engine.FoundMentions.find;
import static io.newsstream.enrich.engine.FoundMentions.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule families on short pieces of news copy written for these tests in the styles the
 * engine meets: 1980s wire copy with datelines and abbreviations, business, US politics,
 * disasters, Asia and the Middle East. Run against the bundled knowledge base, as in production.
 */
@DisplayName("Rule families on wire and news copy, bundled knowledge base")
class WireCopyTest {

    private static Analysis analyze(String body) {
        return TestEngines.BUNDLED_KB.analyze(ArticleText.ofBody(body));
    }

    private static List<String> surfaces(String body, Mention mention) {
        return mention.spans().stream().map(span -> span.of(body)).toList();
    }

    @Test
    @DisplayName("wire dateline: town, AP state abbreviation and date; dlrs and pct are not names")
    void wireDateline() {
        String body = "COMMACK, N.Y., Feb 26 - Lindale Foods Inc said it agreed to sell its frozen "
                + "vegetable unit to Harvest Brands Corp for 45 mln dlrs, or about 12 pct of its annual sales.";
        Analysis analysis = analyze(body);
        Mention commack = only(analysis, "Commack");
        assertThat(commack.type()).isEqualTo(EntityType.LOCATION);
        assertThat(commack.country()).isEqualTo("US");
        assertThat(only(analysis, "Lindale Foods").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(analysis, "Harvest Brands").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(analysis.mentions()).extracting(Mention::name).doesNotContain("Feb", "Dlrs", "Pct", "N.Y.");
    }

    @Test
    @DisplayName("\"Houston, Tex.\" is a place in Texas; the company's short name links to its full name")
    void cityWithStateAbbreviation() {
        String body = "Texstar Drilling Co, based in Houston, Tex., said its board approved the merger. "
                + "Texstar said the deal would close in the second quarter.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Houston").country()).isEqualTo("US");
        assertThat(surfaces(body, only(analysis, "Texas"))).containsExactly("Tex.");
        assertThat(surfaces(body, only(analysis, "Texstar Drilling")))
                .containsExactly("Texstar Drilling Co", "Texstar");
    }

    @Test
    @DisplayName("OPEC and oil: organisation, demonym and Energy topic")
    void oilAndOpec() {
        String body = "VIENNA, March 3 - OPEC oil ministers agreed to cut crude output by one mln barrels "
                + "per day, Saudi Arabian officials said. Oil prices rose two dlrs a barrel after the decision, "
                + "and refinery margins widened as crude supplies tightened. OPEC's next meeting is due in June.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "OPEC").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(only(analysis, "Saudi Arabia").country()).isEqualTo("SA");
        assertThat(only(analysis, "Vienna").country()).isEqualTo("AT");
        assertThat(analysis.tags()).extracting(Tag::name).contains("Energy", "OPEC");
    }

    @Test
    @DisplayName("acquisitions: suffixed companies are organisations and the text is about Business")
    void acquisition() {
        String body = "Allegheny Steelworks Inc said it will acquire Brandywine Alloys Corp in a stock swap "
                + "valued at 310 mln dlrs. Shareholders of Brandywine will receive 1.2 Allegheny shares for each "
                + "share held, the company said. The merger is subject to regulatory approval.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Allegheny Steelworks").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(body, only(analysis, "Brandywine Alloys")))
                .containsExactly("Brandywine Alloys Corp", "Brandywine");
        assertThat(analysis.tags()).extracting(Tag::name).contains("Business", "Mergers and acquisitions");
    }

    @Test
    @DisplayName("US politics: \"Washington\" alone is the capital, \"Washington state\" is the state")
    void washington() {
        String body = "Lawmakers in Washington returned from recess on Monday. Senator Patty Murray of "
                + "Washington state said the budget talks would resume.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Washington, D.C."))).containsExactly("Washington");
        assertThat(surfaces(body, only(analysis, "Washington"))).containsExactly("Washington state");
    }

    @Test
    @DisplayName("a surname links to a full name that ends in Jr.")
    void juniorSuffix() {
        String body = "President Ferdinand Marcos Jr. ordered the coast guard to stay. Marcos said the "
                + "Philippines would not give up its claims.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Ferdinand Marcos Jr.")))
                .containsExactly("Ferdinand Marcos Jr.", "Marcos");
    }

    @Test
    @DisplayName("a title before a listed name is not part of the name")
    void titleBeforeListedName() {
        String body = "President Xi Jinping met the delegation in Beijing. Xi said ties were improving.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Xi Jinping"))).containsExactly("Xi Jinping", "Xi");
    }

    @Test
    @DisplayName("a sentence-initial ordinary word is not a town of that name")
    void sentenceInitialCommonWords() {
        String body = "Nice work by the rescue teams saved lives. Mobile phone networks were down. "
                + "Reading the reports, officials said the flood was the worst in decades.";
        Analysis analysis = analyze(body);
        assertThat(analysis.mentions()).extracting(Mention::type).doesNotContain(EntityType.LOCATION);
    }

    @Test
    @DisplayName("the same words are places where the text says so")
    void placesStillFoundWithSupport() {
        String body = "NICE, France, July 15 - Police in Nice said the storm had passed. "
                + "Crews from Reading, England, were sent to help.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Nice").country()).isEqualTo("FR");
        assertThat(surfaces(body, only(analysis, "Nice"))).containsExactly("NICE", "Nice");
        assertThat(only(analysis, "Reading").country()).isEqualTo("GB");
    }

    @Test
    @DisplayName("disaster: quake in a named province, Disaster topic, casualty figures are not names")
    void earthquake() {
        String body = "TOKYO - A magnitude 6.8 earthquake struck Niigata prefecture on Tuesday, killing at least "
                + "14 people and injuring 200, the Fire and Disaster Management Agency said. Rescue teams "
                + "searched collapsed houses as aftershocks shook the region.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Tokyo").country()).isEqualTo("JP");
        assertThat(analysis.tags()).extracting(Tag::name).contains("Disaster", "Earthquake");
        assertThat(find(analysis, "Fire and Disaster Management Agency")).get()
                .extracting(Mention::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    @DisplayName("Middle East: demonyms resolve, a quote is attributed to the named minister")
    void middleEast() {
        String body = "JERUSALEM - Israeli and Palestinian negotiators met in Cairo on Sunday. "
                + "\"We are closer than ever to an agreement,\" Egyptian Foreign Minister Sameh Shoukry told reporters.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Israel").spans()).extracting(s -> s.of(body)).containsExactly("Israeli");
        assertThat(only(analysis, "Cairo").country()).isEqualTo("EG");
        assertThat(only(analysis, "Egypt").spans()).extracting(s -> s.of(body)).containsExactly("Egyptian");
        assertThat(analysis.quotes()).extracting(Quote::speaker).containsExactly("Sameh Shoukry");
    }

    @Test
    @DisplayName("Asia: possessive of a country, person with a title, and the country tag")
    void asia() {
        String body = "SEOUL - South Korea's central bank kept interest rates on hold on Thursday. "
                + "Governor Rhee Chang-yong said inflation was easing. South Korea's exports rose 5 pct in March.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "South Korea"))).containsExactly("South Korea", "South Korea");
        assertThat(only(analysis, "Seoul").country()).isEqualTo("KR");
        assertThat(analysis.mentions()).filteredOn(m -> m.type() == EntityType.PERSON)
                .extracting(Mention::name).containsExactly("Rhee Chang-yong");
        assertThat(analysis.tags()).extracting(Tag::name).contains("South Korea", "Economy");
    }

    @Test
    @DisplayName("Middle East: a surname after a hyphenated particle links to the full name")
    void particleSurname() {
        String body = "DAMASCUS - Syrian President Bashar al-Assad met Iranian envoys on Sunday. "
                + "Assad said the talks with Tehran were productive.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Bashar al-Assad"))).containsExactly("Bashar al-Assad", "Assad");
        assertThat(only(analysis, "Tehran").country()).isEqualTo("IR");
        assertThat(only(analysis, "Syria").spans()).extracting(s -> s.of(body)).containsExactly("Syrian");
    }

    @Test
    @DisplayName("US politics: abbreviated titles and party-state tags keep names whole")
    void usPolitics() {
        String body = "WASHINGTON, March 4 - Sen. John Cornyn, R-Tex., said the Senate Finance Committee would "
                + "vote on the tax bill next week. Cornyn told reporters the bill would pass the Senate.";
        Analysis analysis = analyze(body);
        Mention cornyn = only(analysis, "John Cornyn");
        assertThat(cornyn.type()).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(body, cornyn)).containsExactly("John Cornyn", "Cornyn");
        assertThat(only(analysis, "Senate Finance Committee").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(body, only(analysis, "Texas"))).containsExactly("Tex.");
        assertThat(analysis.tags()).extracting(Tag::name).contains("Politics", "John Cornyn");
    }

    @Test
    @DisplayName("a listed company's legal form belongs to its mention; an all-caps headline is read too")
    void listedCompanyWithLegalForm() {
        ArticleText article = new ArticleText("JAPAN'S TOSHIBA TO BUY U.S. CHIP UNIT",
                "TOKYO, April 2 - Toshiba Corp said it agreed to buy the semiconductor unit of Fairchild Camera "
                        + "and Instrument Corp for 200 mln dlrs. Shares of Toshiba rose 3 pct in Tokyo.");
        Analysis analysis = TestEngines.BUNDLED_KB.analyze(article);
        Mention toshiba = only(analysis, "Toshiba");
        assertThat(toshiba.entityId()).isEqualTo("org:toshiba");
        assertThat(toshiba.spans()).extracting(s -> s.of(article.analysedText()))
                .containsExactly("TOSHIBA", "Toshiba Corp", "Toshiba");
        assertThat(only(analysis, "Fairchild Camera and Instrument").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(analysis.tags()).extracting(Tag::name).contains("Toshiba", "Japan");
    }

    @Test
    @DisplayName("Middle East: titles are not part of names, and a title with \"of\" is not an organisation")
    void titlesAroundListedPeople() {
        String body = "RIYADH - Saudi Crown Prince Mohammed bin Salman met U.S. Secretary of State Antony Blinken "
                + "on Tuesday. The crown prince said the kingdom wanted a ceasefire.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Mohammed bin Salman"))).containsExactly("Mohammed bin Salman");
        assertThat(surfaces(body, only(analysis, "Antony Blinken"))).containsExactly("Antony Blinken");
        assertThat(analysis.mentions()).extracting(Mention::type).doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    @DisplayName("Asia: Korean and Chinese leaders are referred to by their family name, which comes first")
    void familyNameFirst() {
        String body = "SEOUL - President Yoon Suk Yeol declared martial law late on Tuesday. "
                + "Yoon said the move was needed to protect the country.";
        Analysis analysis = analyze(body);
        assertThat(surfaces(body, only(analysis, "Yoon Suk Yeol"))).containsExactly("Yoon Suk Yeol", "Yoon");
        assertThat(analysis.mentions()).filteredOn(m -> m.type() == EntityType.PERSON).hasSize(1);
    }

    @Test
    @DisplayName("Middle East: an unlisted envoy set off by commas after his role is a person, and his surname links")
    void appositionEnvoy() {
        String body = "VIENNA - The European Union's coordinator, Enrique Mora, said he remained hopeful that Iran "
                + "would return to the nuclear talks. Mora met Iranian negotiators on Thursday.";
        Analysis analysis = analyze(body);
        Mention mora = only(analysis, "Enrique Mora");
        assertThat(mora.type()).isEqualTo(EntityType.PERSON);
        assertThat(surfaces(body, mora)).containsExactly("Enrique Mora", "Mora");
    }

    @Test
    @DisplayName("business: a NEW YORK dateline is the city; the story is tagged by what it is about")
    void newYorkDateline() {
        String body = "NEW YORK, March 3 - Chevron Corp said it would cut capital spending by 10 pct as crude "
                + "oil prices fell. Chevron shares rose 2 pct.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "New York City").spans()).extracting(s -> s.of(body)).containsExactly("NEW YORK");
        assertThat(analysis.tags()).extracting(Tag::name).contains("Chevron").doesNotContain("New York City", "New York");
    }

    @Test
    @DisplayName("Asia: a province the knowledge base lists, and a sea inside which a country is named")
    void provinceAndSea() {
        String body = "MANILA - Typhoon Haima lashed Cagayan province on Thursday before moving over the "
                + "South China Sea, Philippine officials said.";
        Analysis analysis = analyze(body);
        assertThat(only(analysis, "Cagayan").country()).isEqualTo("PH");
        assertThat(surfaces(body, only(analysis, "South China Sea"))).containsExactly("South China Sea");
        assertThat(find(analysis, "China")).isEmpty();
    }
}
