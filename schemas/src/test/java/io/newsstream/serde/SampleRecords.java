package io.newsstream.serde;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.EntityType;
import io.newsstream.schema.Mention;
import io.newsstream.schema.Quote;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Span;
import io.newsstream.schema.Tag;
import io.newsstream.schema.TagKind;
import java.time.Instant;
import java.util.List;

/** Realistic instances of every generated record type, with every optional field set. */
public final class SampleRecords {

    private SampleRecords() {}

    public static Span span() {
        return new Span(0, 5);
    }

    public static Mention mention() {
        return Mention.newBuilder()
                .setEntityId("geonames:703448")
                .setName("Kyiv")
                .setType(EntityType.LOCATION)
                .setCount(2)
                .setSpans(List.of(new Span(0, 4), new Span(41, 45)))
                .setCountry("UA")
                .setLatitude(50.45466)
                .setLongitude(30.5238)
                .build();
    }

    public static Tag tag() {
        return Tag.newBuilder()
                .setName("Politics")
                .setKind(TagKind.TOPIC)
                .setScore(0.82)
                .setIptcCode("medtop:11000000")
                .build();
    }

    public static Quote quote() {
        return Quote.newBuilder()
                .setText("We will rebuild every bridge")
                .setSpeaker("Vitali Klitschko")
                .setSpeakerId("person:vitali-klitschko")
                .setSpan(new Span(60, 88))
                .build();
    }

    public static RawArticle rawArticle() {
        return RawArticle.newBuilder()
                .setId("a1b2c3")
                .setUrl("https://example.org/kyiv-bridges")
                .setSource("Example Wire")
                .setTitle("Kyiv mayor promises to rebuild bridges")
                .setBody("Kyiv's mayor said on Monday: \"We will rebuild every bridge\".\nWork starts in spring — ünïcödé.")
                .setPublishedAt(Instant.parse("2024-03-04T08:15:30Z"))
                .setIngestedAt(Instant.parse("2024-03-04T08:16:00.123Z"))
                .setLanguage("en")
                .setPublisherTags(List.of("Ukraine", "Infrastructure"))
                .setOrigin("seeds/kyiv.txt")
                .build();
    }

    public static EnrichedArticle enrichedArticle() {
        return EnrichedArticle.newBuilder()
                .setArticle(rawArticle())
                .setLanguage("en")
                .setMentions(List.of(mention()))
                .setTags(List.of(tag()))
                .setQuotes(List.of(quote()))
                .setContentFingerprint("9f86d081884c7d65")
                .setEnricherVersion("enricher-1.0+kb-2024.03")
                .setEnrichedAt(Instant.parse("2024-03-04T08:16:01.500Z"))
                .build();
    }

    public static EntityMention entityMention() {
        return EntityMention.newBuilder()
                .setArticleId("a1b2c3")
                .setTitle("Kyiv mayor promises to rebuild bridges")
                .setUrl("https://example.org/kyiv-bridges")
                .setPublishedAt(Instant.parse("2024-03-04T08:15:30Z"))
                .setMention(mention())
                .build();
    }
}
