package io.newsstream.sink;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityMention;
import io.newsstream.schema.Mention;
import io.newsstream.topics.Topics;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sink topology: reads {@code news.enriched} and writes the downstream topics that services
 * subscribe to:
 * <ul>
 *   <li>{@code news.articles}, compacted, keyed by article id: the latest enriched state of every
 *       article, so a new consumer can bootstrap the whole corpus from it. "Latest" is decided by
 *       content, not arrival: enrich re-keys records by content fingerprint to deduplicate them, so
 *       two versions of one article can reach this topology out of order; the named store
 *       {@value #LATEST_ARTICLES_STORE} keeps the newest version of each article (later ingestion,
 *       then later enrichment) and an older version arriving late does not replace it;</li>
 *   <li>{@code news.mentions}, keyed by entity id: one record per entity per article, so that a
 *       consumer following one entity reads every article about it in order.</li>
 * </ul>
 * Every operator and store is named, so that later versions keep their state on upgrade.
 */
public final class SinkTopology {

    public static final String LATEST_ARTICLES_STORE = "latest-articles-store";

    private SinkTopology() {}

    public static Topology build(Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedArticle> enriched = builder.stream(topics.enriched().name(),
                Consumed.with(topics.enriched().keySerde(), topics.enriched().valueSerde()).withName("read-enriched"));

        enriched.groupByKey(Grouped.with("by-article", topics.enriched().keySerde(), topics.enriched().valueSerde()))
                .reduce(ArticleVersions::newer, Named.as("keep-newest-version"),
                        Materialized.<String, EnrichedArticle, KeyValueStore<Bytes, byte[]>>as(LATEST_ARTICLES_STORE)
                                .withKeySerde(topics.articles().keySerde())
                                .withValueSerde(topics.articles().valueSerde()))
                .toStream(Named.as("newest-versions"))
                .to(topics.articles().name(),
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
