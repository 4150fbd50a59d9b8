package io.newsstream.enrich;

import io.newsstream.schema.RawArticle;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads records keyed by content fingerprint; forwards the first of each fingerprint within the
 * window, re-keyed by article id and carrying its fingerprint, and drops the rest. The window
 * store bounds memory and disk: a fingerprint is forgotten once it is older than the window (by
 * record time).
 */
final class DuplicateContentFilter implements Processor<String, RawArticle, String, FingerprintedArticle> {

    private final String storeName;
    private final long windowMillis;
    private ProcessorContext<String, FingerprintedArticle> context;
    private WindowStore<String, String> seen;

    DuplicateContentFilter(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMillis = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, FingerprintedArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        String fingerprint = record.key();
        long time = record.timestamp();
        if (isKnown(fingerprint, time)) {
            return;
        }
        seen.put(fingerprint, record.value().getId(), time);
        context.forward(record.withKey(record.value().getId())
                .withValue(new FingerprintedArticle(record.value(), fingerprint)));
    }

    private boolean isKnown(String fingerprint, long time) {
        try (WindowStoreIterator<String> hits = seen.fetch(fingerprint, time - windowMillis, time + windowMillis)) {
            return hits.hasNext();
        }
    }
}
