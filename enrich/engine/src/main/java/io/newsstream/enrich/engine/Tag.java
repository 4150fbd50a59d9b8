package io.newsstream.enrich.engine;

/**
 * An editorial tag.
 *
 * @param score salience in [0, 1]
 * @param entityId for ENTITY tags, the mention's entity id; otherwise null
 * @param iptcCode for TOPIC tags, the IPTC Media Topics code where the mapping is certain; otherwise null
 */
public record Tag(String name, TagKind kind, double score, String entityId, String iptcCode) {}
