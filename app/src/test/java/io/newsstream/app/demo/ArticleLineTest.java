package io.newsstream.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityType;
import io.newsstream.schema.Mention;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Tag;
import io.newsstream.schema.TagKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLineTest {

    @Test
    void showsIdHeadlineTagsAndMentionCounts() {
        EnrichedArticle article = enriched("Oil prices jump", "OPEC agreed.", List.of(
                mention("person:a", EntityType.PERSON, 2),
                mention("person:b", EntityType.PERSON, 1),
                mention("org:opec", EntityType.ORGANIZATION, 3),
                mention("country:sa", EntityType.LOCATION, 1)));

        assertThat(ArticleLine.format(article)).isEqualTo(
                "a1  \"Oil prices jump\"                                               "
                        + "tags: Energy, OPEC  |  mentions: 2 people, 1 organisations, 1 places (7 in all)");
    }

    @Test
    void withoutATitleTheFirstWordsOfTheBodyStandInCutAtAWord() {
        EnrichedArticle article = enriched(null,
                "Washington — Recently, a significant development emerged from a summit between Russia’s leaders.",
                List.of());

        assertThat(ArticleLine.headline(article)).isEqualTo("Washington — Recently, a significant development emerged…");
        assertThat(ArticleLine.format(article)).contains("mentions: 0 people, 0 organisations, 0 places (0 in all)");
    }

    private static Mention mention(String id, EntityType type, int count) {
        return Mention.newBuilder().setEntityId(id).setName(id).setType(type).setCount(count).build();
    }

    private static EnrichedArticle enriched(String title, String body, List<Mention> mentions) {
        return EnrichedArticle.newBuilder()
                .setArticle(RawArticle.newBuilder().setId("a1").setTitle(title).setBody(body).setIngestedAt(Instant.EPOCH).build())
                .setMentions(mentions)
                .setTags(List.of(
                        Tag.newBuilder().setName("Energy").setKind(TagKind.TOPIC).setScore(0.9).build(),
                        Tag.newBuilder().setName("OPEC").setKind(TagKind.ENTITY).setScore(0.8).build()))
                .setContentFingerprint("f")
                .setEnricherVersion("v")
                .setEnrichedAt(Instant.EPOCH)
                .build();
    }
}
