package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.kb.KbEntity;

/**
 * One surface form of a knowledge-base entity as a sequence of token keys, with the case each
 * token must have in the text so that "US" never matches the pronoun "us".
 *
 * @param keys token keys of the form
 * @param caseRules per token: {@link #ANY_CASE}, {@link #CAPITALIZED} or {@link #ALL_CAPS}
 * @param adjective true for demonyms and adjectives ("Ukrainian"), which count for less
 * @param canonical true when the form is the entity's canonical name
 */
public record EntityForm(String[] keys, byte[] caseRules, KbEntity entity, boolean adjective, boolean canonical) {

    public static final byte ANY_CASE = 0;
    public static final byte CAPITALIZED = 1;
    public static final byte ALL_CAPS = 2;

    public int length() {
        return keys.length;
    }

    /** Orders competing forms: longer first, then the list of higher precedence, then prominence. */
    public int compareForPreference(EntityForm other) {
        if (keys.length != other.keys.length) {
            return Integer.compare(other.keys.length, keys.length);
        }
        int precedence = Integer.compare(other.entity.source().precedence(), entity.source().precedence());
        if (precedence != 0) {
            return precedence;
        }
        if (adjective != other.adjective) {
            return adjective ? 1 : -1;
        }
        return Double.compare(other.entity.weight(), entity.weight());
    }
}
