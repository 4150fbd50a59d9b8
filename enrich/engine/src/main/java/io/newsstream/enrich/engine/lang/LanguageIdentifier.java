package io.newsstream.enrich.engine.lang;

import io.newsstream.enrich.engine.lexicon.FunctionWords;
import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;
import java.lang.Character.UnicodeScript;
import java.util.Map;

/**
 * Identifies the language of a text: by script for texts not written in Latin letters, else by
 * which language's most frequent function words occur most often among the first words.
 * Returns an ISO 639-1 code, or {@link #UNDETERMINED} when the evidence is too thin.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";

    private static final int WORDS_EXAMINED = 400;
    private static final int MIN_HITS = 3;

    private static final Map<UnicodeScript, String> SCRIPTS = Map.of(
            UnicodeScript.CYRILLIC, "ru", UnicodeScript.ARABIC, "ar", UnicodeScript.HAN, "zh",
            UnicodeScript.HIRAGANA, "ja", UnicodeScript.KATAKANA, "ja", UnicodeScript.HANGUL, "ko",
            UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he", UnicodeScript.DEVANAGARI, "hi",
            UnicodeScript.THAI, "th");

    /** @param entries the lexicon entry of each token, null where there is none */
    public String identify(Tokens tokens, TokenEntries entries) {
        String byScript = byScript(tokens);
        if (byScript != null) {
            return byScript;
        }
        int[] hits = new int[FunctionWords.LANGUAGES.size()];
        for (int i = 0, words = 0; i < tokens.size() && words < WORDS_EXAMINED; i++) {
            if (tokens.has(i, Tokens.WORD)) {
                words++;
                LexEntry entry = entries.at(i);
                for (int bits = entry == null ? 0 : entry.languages(); bits != 0; bits &= bits - 1) {
                    hits[Integer.numberOfTrailingZeros(bits)]++;
                }
            }
        }
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

    /** The language implied by a non-Latin script covering most letters of the first words, or null. */
    private static String byScript(Tokens tokens) {
        int latin = 0;
        int other = 0;
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
                other++;
                dominant = script;
            }
        }
        return other > latin ? SCRIPTS.get(dominant) : null;
    }
}
