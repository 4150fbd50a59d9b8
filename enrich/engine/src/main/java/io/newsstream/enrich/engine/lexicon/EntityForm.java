package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;

/**
 * One surface form of a knowledge-base entity as a sequence of token keys, with the case each
 * token must have in the text so that "US" never matches the pronoun "us".
 *
 * @param keyIds vocabulary ids of the form's token keys, compared with the ids the tokenizer gives tokens
 * @param caseRules per token: {@link #ANY_CASE}, {@link #CAPITALIZED} or {@link #ALL_CAPS}
 * @param adjective true for demonyms and adjectives ("Ukrainian"), which count for less
 * @param rank precedence of the entity among those sharing the form, higher first: twice its list's
 *     {@link KbSource#precedence()}, except that a national capital ranks just above the regions, so that
 *     "Washington" is the capital rather than the state while a country still wins over its namesake capital
 */
public record EntityForm(int[] keyIds, byte[] caseRules, KbEntity entity, boolean adjective, int rank) {

    /** The rank of a form of {@code entity}. */
    public static int rankOf(KbEntity entity, boolean nationalCapital) {
        return nationalCapital ? 2 * KbSource.REGIONS.precedence() + 1 : 2 * entity.source().precedence();
    }

    public static final byte ANY_CASE = 0;
    public static final byte CAPITALIZED = 1;
    public static final byte ALL_CAPS = 2;

    public int length() {
        return keyIds.length;
    }

    /** Orders competing forms: longer first, then the list of higher precedence, then prominence. */
    public int compareForPreference(EntityForm other) {
        if (keyIds.length != other.keyIds.length) {
            return Integer.compare(other.keyIds.length, keyIds.length);
        }
        int precedence = Integer.compare(other.rank, rank);
        if (precedence != 0) {
            return precedence;
        }
        if (adjective != other.adjective) {
            return adjective ? 1 : -1;
        }
        return Double.compare(other.entity.weight(), entity.weight());
    }
}
