package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.kb.KbEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every occurrence of one entity in one text, in text order; the entity is that of the first
 * occurrence. Grouped once per text for both the mentions and the tags built from them.
 */
public record EntityOccurrences(KbEntity entity, List<FoundMention> occurrences) {

    /** Groups occurrences (in text order) by entity id, in order of each entity's first occurrence. */
    public static List<EntityOccurrences> group(List<FoundMention> found) {
        Map<String, EntityOccurrences> byId = new LinkedHashMap<>();
        for (FoundMention occurrence : found) {
            byId.computeIfAbsent(occurrence.entity().id(), id -> new EntityOccurrences(occurrence.entity(), new ArrayList<>()))
                    .occurrences.add(occurrence);
        }
        return List.copyOf(byId.values());
    }
}
