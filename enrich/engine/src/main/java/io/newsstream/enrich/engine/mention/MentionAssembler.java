package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.Mention;
import io.newsstream.enrich.engine.Span;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups occurrences into one {@link Mention} per entity, in order of first occurrence. */
public final class MentionAssembler {

    private MentionAssembler() {}

    /** @param found occurrences in text order */
    public static List<Mention> assemble(Tokens tokens, List<FoundMention> found) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, KbEntity> entities = new LinkedHashMap<>();
        for (FoundMention occurrence : found) {
            String id = occurrence.entity().id();
            entities.putIfAbsent(id, occurrence.entity());
            spans.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Span(tokens.start(occurrence.firstToken()), tokens.end(occurrence.endToken() - 1)));
        }
        List<Mention> mentions = new ArrayList<>(entities.size());
        entities.forEach((id, entity) -> mentions.add(new Mention(id, entity.name(), entity.type(), spans.get(id),
                entity.country(), entity.latitude(), entity.longitude())));
        return mentions;
    }
}
