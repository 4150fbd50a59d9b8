package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.ingest.parse.ArticleDraft;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Key mentions and quote speakers of six held-out articles, written from the text, not from the
 * engine's output: canonical names, types, countries and the surface forms each mention spans.
 */
@DisplayName("Golden expectations on held-out articles, bundled knowledge base")
class HeldOutGoldenTest {

    private record Read(ArticleDraft article, Analysis analysis) {

        static Read of(String fileName) {
            ArticleDraft article = SeedArticles.read(SeedArticles.HELD_OUT_FOLDER.resolve(fileName));
            return new Read(article, TestEngines.BUNDLED_KB.analyze(ArticleText.ofBody(article.body())));
        }

        Mention mention(String name, EntityType type, String country) {
            Mention mention = FoundMentions.only(analysis, name);
            assertThat(mention.type()).as(name).isEqualTo(type);
            assertThat(mention.country()).as(name).isEqualTo(country);
            return mention;
        }

        java.util.List<String> surfaces(Mention mention) {
            return mention.spans().stream().map(span -> span.of(article.body())).toList();
        }

        java.util.List<String> speakers() {
            return analysis.quotes().stream().map(Quote::speaker).toList();
        }
    }

    @Test
    @DisplayName("OPEC wire: ministers with their countries, a quote whose speaker is 'he' after a named one")
    void opecWire() {
        Read read = Read.of("h01_opec_quota_wire.txt");
        assertThat(read.surfaces(read.mention("Rilwanu Lukman", EntityType.PERSON, "NG")))
                .containsExactly("Rilwanu Lukman", "Lukman");
        read.mention("Hisham Nazer", EntityType.PERSON, "SA");
        assertThat(read.surfaces(read.mention("OPEC", EntityType.ORGANIZATION, null))).containsExactly("OPEC", "OPEC");
        read.mention("Saudi Arabia", EntityType.LOCATION, "SA");
        read.mention("Vienna", EntityType.LOCATION, "AT");
        assertThat(read.speakers()).containsExactly("Rilwanu Lukman", "Hisham Nazer", "Hisham Nazer");
    }

    @Test
    @DisplayName("House vote: leaders by full name then surname, parties by their members")
    void houseVote() {
        Read read = Read.of("h04_house_spending_bill.txt");
        assertThat(read.surfaces(read.mention("Mike Johnson", EntityType.PERSON, "US")))
                .containsExactly("Mike Johnson", "Johnson");
        assertThat(read.surfaces(read.mention("Hakeem Jeffries", EntityType.PERSON, "US")))
                .containsExactly("Hakeem Jeffries", "Jeffries");
        read.mention("Joe Biden", EntityType.PERSON, "US");
        read.mention("Republican Party", EntityType.ORGANIZATION, "US");
        read.mention("Texas", EntityType.LOCATION, "US");
        assertThat(read.speakers()).contains("Mike Johnson", "Hakeem Jeffries").doesNotContainNull();
    }

    @Test
    @DisplayName("Iowa caucuses: candidates named by surname before their full name")
    void iowaCaucuses() {
        Read read = Read.of("h05_iowa_caucus.txt");
        assertThat(read.surfaces(read.mention("Nikki Haley", EntityType.PERSON, "US")))
                .containsExactly("Haley", "Nikki Haley", "Haley");
        assertThat(read.surfaces(read.mention("Ron DeSantis", EntityType.PERSON, "US")))
                .containsExactly("DeSantis", "Ron DeSantis", "DeSantis");
        read.mention("Donald Trump", EntityType.PERSON, "US");
        read.mention("Iowa", EntityType.LOCATION, "US");
        assertThat(read.speakers()).contains("Nikki Haley", "Donald Trump");
    }

    @Test
    @DisplayName("Indian election: parties by name and abbreviation, leaders with their country")
    void indianElection() {
        Read read = Read.of("h08_india_election.txt");
        read.mention("Narendra Modi", EntityType.PERSON, "IN");
        assertThat(read.surfaces(read.mention("Bharatiya Janata Party", EntityType.ORGANIZATION, "IN")))
                .containsExactly("Bharatiya Janata Party", "BJP", "BJP");
        read.mention("Indian National Congress", EntityType.ORGANIZATION, "IN");
        read.mention("Rahul Gandhi", EntityType.PERSON, "IN");
        read.mention("New Delhi", EntityType.LOCATION, "IN");
        assertThat(read.speakers()).containsExactly("Rahul Gandhi", "Narendra Modi");
    }

    @Test
    @DisplayName("Fed decision: the central bank by name and short name, its chair quoted twice")
    void fedDecision() {
        Read read = Read.of("h12_fed_rates.txt");
        assertThat(read.surfaces(read.mention("Federal Reserve", EntityType.ORGANIZATION, "US")))
                .containsExactly("Federal Reserve", "Fed", "Fed");
        assertThat(read.surfaces(read.mention("Jerome Powell", EntityType.PERSON, "US")))
                .containsExactly("Jerome Powell", "Powell");
        read.mention("Michelle Bowman", EntityType.PERSON, "US");
        assertThat(read.speakers()).startsWith("Jerome Powell", "Jerome Powell");
    }

    @Test
    @DisplayName("Fraud sentence: an unlisted lawyer who shares a listed person's surname stays himself")
    void fraudSentence() {
        Read read = Read.of("h14_bankman_fried_sentence.txt");
        assertThat(read.surfaces(read.mention("Sam Bankman-Fried", EntityType.PERSON, "US"))).hasSize(5);
        read.mention("FTX", EntityType.ORGANIZATION, "US");
        assertThat(read.surfaces(read.mention("Lewis Kaplan", EntityType.PERSON, null)))
                .containsExactly("Lewis Kaplan", "Kaplan");
        read.mention("Marc Mukasey", EntityType.PERSON, null);
        assertThat(FoundMentions.find(read.analysis(), "Michael Mukasey")).isEmpty();
        read.mention("Manhattan", EntityType.LOCATION, "US");
        assertThat(read.speakers()).containsExactly("Lewis Kaplan", "Sam Bankman-Fried", "Sam Bankman-Fried",
                "Damian Williams");
    }
}
