package io.newsstream.sink;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.Mention;
import io.newsstream.topics.Topics;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The sink topology: reads {@code news.enriched} and writes the downstream topics that services
 * subscribe to:
 * <ul>
 *   <li>{@code news.articles}, compacted, keyed by article id: the latest enriched state of every
 *       article, so a new consumer can bootstrap the whole corpus from it;</li>
 *   <li>{@code news.mentions}, keyed by entity id: one record per entity per article, so that a
 *       consumer following one entity reads every article about it in order.</li>
 * </ul>
 * Stateless; every operator is named so that later versions can add state without renumbering.
 */
public final class SinkTopology {

    private SinkTopology() {}

    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> enriched = builder.stream(topics.enriched().name(),
                Consumed.with(topics.enriched().keySerde(), topics.enriched().valueSerde()).withName("read-enriched"));

        enriched.to(topics.articles().name(),
                Produced.with(topics.articles().keySerde(), topics.articles().valueSerde()).withName("write-articles"));

        enriched.flatMap((articleId, article) -> perEntity(article), Named.as("split-by-entity"))
                .to(topics.mentions().name(),
                        Produced.with(topics.mentions().keySerde(), topics.mentions().valueSerde()).withName("write-mentions"));
        return builder.build();
    }

    static List<KeyValue<String, EntityMention>> perEntity(EnrichedArticle enriched) {
        return enriched.getMentions().stream()
                .map(mention -> KeyValue.pair(mention.getEntityId(), entityMention(enriched, mention)))
                .toList();
    }

    private static EntityMention entityMention(EnrichedArticle enriched, Mention mention) {
        return EntityMention.newBuilder()
                .setArticleId(enriched.getArticle().getId())
                .setTitle(enriched.getArticle().getTitle())
                .setUrl(enriched.getArticle().getUrl())
                .setPublishedAt(enriched.getArticle().getPublishedAt())
                .setMention(mention)
                .build();
    }
}
