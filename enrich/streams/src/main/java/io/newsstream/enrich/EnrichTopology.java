package io.newsstream.enrich;

import io.newsstream.content.ContentFingerprint;
import io.newsstream.schema.RawArticle;
import io.newsstream.topics.Topics;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology: reads {@code news.raw}, drops duplicate content, enriches, and writes
 * {@code news.enriched}, keyed by article id.
 *
 * <p>Duplicates are found by content fingerprint, so the same article ingested twice and the same
 * wire story under two URLs are enriched once; an edited article (same id, new content) passes.
 * Records are re-keyed by fingerprint through the named repartition topic
 * {@value #BY_FINGERPRINT} so that all copies meet in one task and its {@value #DEDUP_STORE}.
 *
 * <p>Every operator, store and repartition topic is named, so that a later version of this
 * topology keeps its state and internal topics on upgrade. Records that fail to deserialize or
 * to enrich go to the dead-letter topic through the handlers {@link EnrichStreamsConfig} sets.
 */
public final class EnrichTopology {

    public static final String DEDUP_STORE = "dedup-by-fingerprint-store";
    public static final String BY_FINGERPRINT = "by-fingerprint";

    private EnrichTopology() {}

    public static Topology build(Topics topics, Enricher enricher, Duration dedupWindow) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DEDUP_STORE, dedupWindow, dedupWindow, false),
                Serdes.String(),
                Serdes.String()));

        builder.stream(topics.raw().name(),
                        Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde()).withName("read-raw"))
                .selectKey((articleId, article) -> fingerprint(article), Named.as("key-by-fingerprint"))
                .repartition(Repartitioned.with(Serdes.String(), topics.raw().valueSerde()).withName(BY_FINGERPRINT))
                .process(() -> new DuplicateContentFilter(DEDUP_STORE, dedupWindow), Named.as("drop-duplicates"), DEDUP_STORE)
                .mapValues(article -> enricher.enrich(article.article(), article.fingerprint()), Named.as("enrich"))
                .to(topics.enriched().name(),
                        Produced.with(topics.enriched().keySerde(), topics.enriched().valueSerde()).withName("write-enriched"));
        return builder.build();
    }

    private static String fingerprint(RawArticle article) {
        return ContentFingerprint.of(article.getTitle(), article.getBody());
    }
}
