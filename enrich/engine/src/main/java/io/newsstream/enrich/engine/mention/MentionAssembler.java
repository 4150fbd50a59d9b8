package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.Mention;
import io.newsstream.enrich.engine.Span;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/** Turns each entity's occurrences into one {@link Mention}, in order of first occurrence. */
public final class MentionAssembler {

    private MentionAssembler() {}

    public static List<Mention> assemble(Tokens tokens, List<EntityOccurrences> entities) {
        List<Mention> mentions = new ArrayList<>(entities.size());
        for (EntityOccurrences group : entities) {
            List<Span> spans = new ArrayList<>(group.occurrences().size());
            for (FoundMention occurrence : group.occurrences()) {
                spans.add(new Span(tokens.start(occurrence.firstToken()), tokens.end(occurrence.endToken() - 1)));
            }
            KbEntity entity = group.entity();
            mentions.add(new Mention(entity.id(), entity.name(), entity.type(), spans, entity.country(),
                    entity.latitude(), entity.longitude()));
        }
        return mentions;
    }
}
