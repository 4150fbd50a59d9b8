package io.newsstream.registry.store;

/**
 * One version of a subject.
 *
 * @param subject the subject name
 * @param version the version number within the subject, starting at 1
 * @param id      the global schema id
 * @param schema  the canonical schema text
 * @param deleted whether the version is soft-deleted
 */
public record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {
}
