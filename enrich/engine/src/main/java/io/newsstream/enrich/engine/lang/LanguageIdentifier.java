package io.newsstream.enrich.engine.lang;

import io.newsstream.enrich.engine.lexicon.FunctionWords;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;
import java.lang.Character.UnicodeScript;
import java.util.Map;

/**
 * Identifies the language of a text in one pass over its first words: by script when most of
 * them are not written in Latin letters, else by which language's most frequent function words
 * occur most often among them.
 * Returns an ISO 639-1 code, or {@link #UNDETERMINED} when the evidence is too thin.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";

    private static final int WORDS_EXAMINED = 400;
    private static final int MIN_HITS = 3;
    /** Longs of four 16-bit hit counters, enough for every language; a lane cannot overflow within {@link #WORDS_EXAMINED}. */
    private static final int LANE_GROUPS = (FunctionWords.LANGUAGES.size() + 3) / 4;
    /** For four language bits, a one in the 16-bit lane of each set bit. */
    private static final long[] LANES_OF_FOUR_BITS = new long[16];

    static {
        for (int bits = 0; bits < 16; bits++) {
            for (int lane = 0; lane < 4; lane++) {
                LANES_OF_FOUR_BITS[bits] |= (long) ((bits >>> lane) & 1) << lane * 16;
            }
        }
    }

    private static final Map<UnicodeScript, String> SCRIPTS = Map.of(
            UnicodeScript.CYRILLIC, "ru", UnicodeScript.ARABIC, "ar", UnicodeScript.HAN, "zh",
            UnicodeScript.HIRAGANA, "ja", UnicodeScript.KATAKANA, "ja", UnicodeScript.HANGUL, "ko",
            UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he", UnicodeScript.DEVANAGARI, "hi",
            UnicodeScript.THAI, "th");

    /** @param entries the lexicon entries of the tokens */
    public String identify(Tokens tokens, TokenEntries entries) {
        long[] packedHits = new long[LANE_GROUPS];
        int latin = 0;
        int otherScript = 0;
        UnicodeScript dominant = null;
        String text = tokens.text();
        for (int i = 0, words = 0; i < tokens.size() && words < WORDS_EXAMINED; i++) {
            if (!tokens.has(i, Tokens.WORD)) {
                continue;
            }
            words++;
            int codePoint = text.codePointAt(tokens.start(i));
            UnicodeScript script = codePoint < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(codePoint);
            if (script == UnicodeScript.LATIN) {
                latin++;
            } else if (SCRIPTS.containsKey(script)) {
                otherScript++;
                dominant = script;
            }
            // A fixed count of adds rather than a loop over the set bits: how many languages a word
            // belongs to varies from word to word, and a loop exit the processor cannot predict costs
            // more. Each add counts four languages at once, one per 16-bit lane.
            int languages = entries.languages(i);
            for (int group = 0; group < LANE_GROUPS; group++) {
                packedHits[group] += LANES_OF_FOUR_BITS[(languages >>> group * 4) & 0xF];
            }
        }
        if (otherScript > latin) {
            return SCRIPTS.get(dominant);
        }
        return byFunctionWords(unpack(packedHits));
    }

    private static int[] unpack(long[] packedHits) {
        int[] hits = new int[FunctionWords.LANGUAGES.size()];
        for (int language = 0; language < hits.length; language++) {
            hits[language] = (int) (packedHits[language / 4] >>> language % 4 * 16) & 0xFFFF;
        }
        return hits;
    }

    /** The language with strictly the most function-word hits, if it has enough of them. */
    private static String byFunctionWords(int[] hits) {
        int best = 0;
        int secondHits = 0;
        for (int language = 1; language < hits.length; language++) {
            if (hits[language] > hits[best]) {
                secondHits = hits[best];
                best = language;
            } else {
                secondHits = Math.max(secondHits, hits[language]);
            }
        }
        return hits[best] >= MIN_HITS && hits[best] > secondHits ? FunctionWords.LANGUAGES.get(best) : UNDETERMINED;
    }
}
