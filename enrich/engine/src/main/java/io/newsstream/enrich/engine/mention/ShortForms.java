package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.lexicon.EnglishWords;
import io.newsstream.enrich.engine.text.Tokenizer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short form by which a text names an entity again after naming it in full: a person's
 * surname ("Witkoff"), or the family name where it comes first ("Xi"), an organisation's first
 * word ("Exxon"), as a lookup key; places have none.
 *
 * <p>A listed entity's short form is computed once and kept, since the same few hundred people
 * and companies recur article after article; the cache holds at most one key per listed entity.
 * Thread-safe.
 */
final class ShortForms {

    /**
     * Countries whose people the English-language press names family name first, so that the
     * short form is the first word: "Xi" for Xi Jinping, "Yoon" for Yoon Suk Yeol.
     */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "HK", "MO", "TW", "KR", "KP", "SG");

    /** Stands for "no short form" in the cache, which holds no nulls. */
    private static final String NONE = "";

    private final Map<String, String> listed = new ConcurrentHashMap<>();

    /** The key of {@code entity}'s short form, or null when it has none. */
    String of(KbEntity entity) {
        if (entity.source() == KbSource.TEXT) {
            return compute(entity);
        }
        String shortForm = listed.computeIfAbsent(entity.id(), id -> {
            String computed = compute(entity);
            return computed == null ? NONE : computed;
        });
        return shortForm.equals(NONE) ? null : shortForm;
    }

    private static String compute(KbEntity entity) {
        String name = entity.name();
        return switch (entity.type()) {
            case PERSON -> isFamilyNameFirst(entity) ? firstWord(name) : surname(name);
            case ORGANIZATION -> firstWord(name);
            case LOCATION -> null;
        };
    }

    private static boolean isFamilyNameFirst(KbEntity person) {
        return person.country() != null && FAMILY_NAME_FIRST.contains(person.country());
    }

    /** The key of the first word of a name of two or more words; null for one word. */
    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? null : Tokenizer.key(name, 0, space);
    }

    /**
     * The key of the last word of a name of two or more words, before any "Jr." or "III" and
     * after a hyphenated particle ("Assad" for "Bashar al-Assad"); null for one word.
     */
    private static String surname(String name) {
        int end = name.length();
        int space = name.lastIndexOf(' ');
        while (space > 0 && EnglishWords.GENERATIONAL_SUFFIXES.contains(Tokenizer.key(name, space + 1, end))) {
            end = name.charAt(space - 1) == ',' ? space - 1 : space;
            space = name.lastIndexOf(' ', end - 1);
        }
        if (space < 0) {
            return null;
        }
        int hyphen = name.indexOf('-', space + 1);
        if (hyphen > 0 && hyphen < end - 1 && EnglishWords.NAME_PARTICLES.contains(Tokenizer.key(name, space + 1, hyphen))) {
            return Tokenizer.key(name, hyphen + 1, end);
        }
        return Tokenizer.key(name, space + 1, end);
    }
}
