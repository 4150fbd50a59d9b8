package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.lexicon.EnglishWords;
import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Within one text, links bare surnames and short forms to the full names seen anywhere in it
 * ("Witkoff" to Steve Witkoff, "Exxon" to Exxon Corp) and turns typed unknown runs into
 * entities; an unlisted town or province the text does not locate takes the text's
 * {@link DominantCountry}. A short form that would fit two different full names is left unlinked rather than
 * guessed.
 */
final class Coreference {

    private Coreference() {}

    /** A new place whose own context names no country, which lies in the text's dominant country. */
    private static boolean needsDominantCountry(UnknownRun run) {
        return run.type() != null && (run.length() >= 2 || run.type() == EntityType.LOCATION)
                && run.country() == null && run.inDominantCountry();
    }

    /**
     * @param dominantCountry the text's {@link DominantCountry}, weighed only when asked for, since
     *     that reads every found entity
     */
    static void resolve(Tokens tokens, TokenEntries entries, ShortForms shortFormOf, Supplier<String> dominantCountry,
            List<FoundMention> found, List<UnknownRun> unknown) {
        Map<String, KbEntity> byName = new HashMap<>();
        Map<String, KbEntity> shortForms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> speakerKeys = new HashSet<>();

        for (FoundMention mention : found) {
            registerShortForm(shortFormOf.of(mention.entity()), mention.entity(), shortForms, ambiguous);
        }
        for (UnknownRun run : unknown) {
            if (run.type() != null && (run.length() >= 2 || run.type() == EntityType.LOCATION)) {
                String country = needsDominantCountry(run) ? dominantCountry.get() : run.country();
                KbEntity entity = entityFor(tokens, run, run.type(), country, byName);
                found.add(new FoundMention(run.firstToken(), run.endToken(), entity, false));
                registerShortForm(shortFormOf.of(entity), entity, shortForms, ambiguous);
            }
            if (run.length() == 1 && (run.titled() || run.type() == EntityType.PERSON || speaks(tokens, entries, run))) {
                speakerKeys.add(tokens.key(run.firstToken()));
            }
        }
        for (UnknownRun run : unknown) {
            if (run.type() != null && (run.length() >= 2 || run.type() == EntityType.LOCATION)) {
                continue;
            }
            String lastKey = tokens.key(run.endToken() - 1);
            KbEntity linked = run.length() == 1 && !ambiguous.contains(lastKey) ? shortForms.get(lastKey) : null;
            if (linked != null) {
                found.add(new FoundMention(run.firstToken(), run.endToken(), linked, false));
            } else if (run.type() == EntityType.PERSON || run.titled() || speakerKeys.contains(lastKey)
                    && (run.length() >= 2 || speaks(tokens, entries, run))) {
                found.add(new FoundMention(run.firstToken(), run.endToken(),
                        entityFor(tokens, run, EntityType.PERSON, null, byName), false));
            }
        }
    }

    private static boolean speaks(Tokens tokens, TokenEntries entries, UnknownRun run) {
        int after = run.endToken();
        return after < tokens.size() && tokens.continuesSentence(after - 1)
                && entries.is(after, LexEntry.SPEECH_VERB) && !tokens.key(after).equals("according");
    }

    /** Files {@code shortForm}, the entity's {@link ShortForms short form} or null, as standing for it. */
    private static void registerShortForm(String shortForm, KbEntity entity, Map<String, KbEntity> shortForms,
            Set<String> ambiguous) {
        if (shortForm == null) {
            return;
        }
        KbEntity previous = shortForms.putIfAbsent(shortForm, entity);
        if (previous != null && !previous.id().equals(entity.id())) {
            ambiguous.add(shortForm);
        }
    }

    private static KbEntity entityFor(Tokens tokens, UnknownRun run, EntityType type, String country,
            Map<String, KbEntity> byName) {
        String name = displayName(tokens, run.firstToken(), nameEnd(tokens, run, type));
        return byName.computeIfAbsent(type + "|" + name, k -> KbEntity.unlisted(type, name, country));
    }

    /**
     * Where an unlisted entity's name ends: editors name a company without its legal form
     * ("Kiyomizu Semiconductor" for "Kiyomizu Semiconductor Corp"), though its mention still
     * spans all of it.
     */
    private static int nameEnd(Tokens tokens, UnknownRun run, EntityType type) {
        int end = run.endToken();
        while (type == EntityType.ORGANIZATION && end - 1 > run.firstToken()
                && EnglishWords.LEGAL_FORMS.contains(tokens.key(end - 1))) {
            end--;
        }
        return end;
    }

    /** Tokens {@code [first, end)} joined by single spaces; an all-caps dateline word is written in title case. */
    private static String displayName(Tokens tokens, int first, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first && !tokens.has(i, Tokens.JOINED)) {
                name.append(' ');
            }
            String surface = tokens.surface(i);
            if (tokens.has(i, Tokens.ALL_CAPS) && surface.length() > 3 && surface.indexOf('.') < 0) {
                surface = surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT);
            }
            name.append(surface);
        }
        return name.toString();
    }
}
