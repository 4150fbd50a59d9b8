package io.newsstream.enrich.engine;

public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
