package io.newsstream.enrich.engine;

public enum TagKind {
    /** A news topic such as Politics or War. */
    TOPIC,
    /** A salient entity such as Vladimir Putin. */
    ENTITY
}
