package io.newsstream.ingest.publish;

import io.newsstream.schema.RawArticle;

/** Where ingest delivers articles, and what it cannot read. */
public interface ArticlePublisher extends AutoCloseable {

    /** Queues one article; delivery failures surface at the latest in {@link #flush()}. */
    void publish(RawArticle article);

    /**
     * Keeps input that could not be read, with the reason, so nothing is lost.
     *
     * @param origin the file path (and line) the input came from
     */
    void deadLetter(String origin, String reason, byte[] rawInput);

    /** Blocks until everything queued is acknowledged; throws if anything failed. */
    void flush();

    @Override
    void close();
}
