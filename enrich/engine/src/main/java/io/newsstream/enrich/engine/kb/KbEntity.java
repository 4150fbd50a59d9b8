package io.newsstream.enrich.engine.kb;

import io.newsstream.enrich.engine.EntityType;
import java.util.List;

/**
 * One entity of the knowledge base, or one found in a text but listed nowhere.
 *
 * @param id stable id such as {@code person:donald-trump}
 * @param aliases other surface forms, as written in text
 * @param adjectives demonyms and adjectives that refer to the entity ({@code Ukrainian})
 * @param country ISO 3166-1 alpha-2 code (upper case), or null
 * @param latitude null when unknown
 * @param longitude null when unknown
 * @param weight prominence used to choose between entities sharing a surface form
 * @param source which list the entity came from; decides precedence between lists
 */
public record KbEntity(
        String id,
        EntityType type,
        String name,
        List<String> aliases,
        List<String> adjectives,
        String country,
        Double latitude,
        Double longitude,
        double weight,
        KbSource source) {

    public KbEntity {
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
    }

    /** An entity found only in the text being analysed. */
    public static KbEntity unlisted(EntityType type, String name, String country) {
        String id = "unlisted:" + type.name().toLowerCase(java.util.Locale.ROOT) + ":" + Slug.of(name)
                + (country == null ? "" : "-" + country.toLowerCase(java.util.Locale.ROOT));
        return new KbEntity(id, type, name, List.of(), List.of(), country, null, null, 0, KbSource.TEXT);
    }

    /** True for cities and other populated places, which need more evidence than countries. */
    public boolean isSettlement() {
        return source == KbSource.CITIES;
    }
}
