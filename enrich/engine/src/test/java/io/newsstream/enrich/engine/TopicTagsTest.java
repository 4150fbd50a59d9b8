package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Topic tags from the bundled topic lexicon")
class TopicTagsTest {

    private static List<String> topics(String body) {
        return TestEngines.BUNDLED_KB.analyze(ArticleText.ofBody(body)).tags().stream()
                .filter(tag -> tag.kind() == TagKind.TOPIC).map(Tag::name).toList();
    }

    @Test
    @DisplayName("a campaign with voters, polls and seats is about Elections, under Politics")
    void electionsUnderPolitics() {
        assertThat(topics("Voters went to the polls on Sunday in a runoff election. The ruling party's candidate "
                + "needs 40 seats to keep its majority, and turnout was high, election officials said."))
                .contains("Politics", "Elections");
    }

    @Test
    @DisplayName("a legislature voting on a budget is Politics, not Elections")
    void aBudgetVoteIsNotAnElection() {
        assertThat(topics("The Senate passed the budget bill by 51 votes to 49 on Thursday after lawmakers from "
                + "both parties agreed on spending cuts. The president is expected to sign the legislation."))
                .contains("Politics").doesNotContain("Elections");
    }

    @Test
    @DisplayName("'state television' reports news; it is not a cue for Culture")
    void stateTelevisionIsNotCulture() {
        assertThat(topics("Troops and warships began military drills near the border, state television reported. "
                + "The army said missiles were fired into the sea, and television footage showed soldiers at the "
                + "Eastern Theater Command headquarters."))
                .contains("War").doesNotContain("Culture");
    }
}
