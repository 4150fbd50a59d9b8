package io.newsstream.enrich.engine;

import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import java.util.List;

/** Knowledge-base rows written in a test, for rules that need a particular pair of entities. */
final class InlineEntities {

    private InlineEntities() {}

    static KbEntity place(String id, String name, String country, KbSource source, double population) {
        return new KbEntity(id, EntityType.LOCATION, name, List.of(), List.of(), country, 0.0, 0.0, population, source);
    }

    static KbEntity country(String code, String name, String... adjectives) {
        return new KbEntity("country:" + code.toLowerCase(java.util.Locale.ROOT), EntityType.LOCATION, name, List.of(),
                List.of(adjectives), code, 1.0, 1.0, 1_000_000, KbSource.COUNTRIES);
    }

    static KbEntity organization(String id, String name, String country, String... aliases) {
        return new KbEntity(id, EntityType.ORGANIZATION, name, List.of(aliases), List.of(), country, null, null, 50,
                KbSource.ORGANIZATIONS);
    }

    static KbEntity person(String id, String name, String country, String... aliases) {
        return new KbEntity(id, EntityType.PERSON, name, List.of(aliases), List.of(), country, null, null, 50,
                KbSource.PEOPLE);
    }
}
