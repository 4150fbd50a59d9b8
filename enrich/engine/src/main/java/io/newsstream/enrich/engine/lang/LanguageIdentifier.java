package io.newsstream.enrich.engine.lang;

import io.newsstream.enrich.engine.text.Tokens;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text: by script for texts not written in Latin letters, else by
 * which language's most frequent function words occur most often among the first words.
 * Returns an ISO 639-1 code, or {@link #UNDETERMINED} when the evidence is too thin.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";

    private static final int WORDS_EXAMINED = 400;
    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                    "by", "at", "from", "this", "be", "are", "has", "have", "said", "which", "would", "will"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "que", "qui",
                    "pas", "sur", "au", "avec", "ce", "par", "sont", "aux", "il", "elle", "nous"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "von",
                    "zu", "auf", "sich", "auch", "es", "im", "wird", "wurde", "dass", "bei", "nach", "sie"),
            "es", Set.of("el", "los", "las", "y", "es", "una", "por", "con", "para", "del", "que", "se", "al",
                    "como", "su", "lo", "pero", "sus", "fue", "este", "esta", "han", "muy", "sobre"),
            "it", Set.of("il", "di", "che", "e", "non", "per", "una", "sono", "della", "nel", "gli", "delle",
                    "anche", "come", "alla", "dei", "ha", "questo", "ma", "si", "lo", "degli", "nella", "stato"),
            "pt", Set.of("o", "os", "e", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "que", "por",
                    "nao", "foi", "ao", "mais", "como", "seu", "sua", "pelo", "pela", "tem"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn", "voor", "met",
                    "die", "ook", "als", "aan", "er", "maar", "om", "bij", "wordt", "werd", "naar"),
            "sv", Set.of("och", "att", "det", "som", "en", "ett", "av", "for", "med", "till", "den", "har",
                    "inte", "om", "var", "ar", "pa", "sig", "men", "fran", "jag", "vi", "kan", "ocksa"),
            "pl", Set.of("i", "w", "nie", "na", "sie", "z", "do", "to", "ze", "jest", "jak", "o", "co", "po",
                    "przez", "od", "za", "oraz", "dla", "tak", "ale", "byl", "sa", "juz"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "icin", "ile", "olarak", "daha", "cok", "gibi", "ama",
                    "olan", "en", "kadar", "sonra", "her", "ancak", "ise", "diye", "mi", "ne", "o", "var"));

    private static final Map<UnicodeScript, String> SCRIPTS = Map.of(
            UnicodeScript.CYRILLIC, "ru", UnicodeScript.ARABIC, "ar", UnicodeScript.HAN, "zh",
            UnicodeScript.HIRAGANA, "ja", UnicodeScript.KATAKANA, "ja", UnicodeScript.HANGUL, "ko",
            UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he", UnicodeScript.DEVANAGARI, "hi",
            UnicodeScript.THAI, "th");

    /** Language codes in alphabetical order; bit {@code i} of a word's mask stands for {@code LANGUAGES[i]}. */
    private static final String[] LANGUAGES = FUNCTION_WORDS.keySet().stream().sorted().toArray(String[]::new);

    /** For each function word, the languages it belongs to as a bit mask, so a word costs one lookup. */
    private static final Map<String, Integer> LANGUAGE_MASKS = languageMasks();

    public String identify(Tokens tokens) {
        String byScript = byScript(tokens);
        if (byScript != null) {
            return byScript;
        }
        int[] hits = new int[LANGUAGES.length];
        for (int i = 0, words = 0; i < tokens.size() && words < WORDS_EXAMINED; i++) {
            if (tokens.has(i, Tokens.WORD)) {
                words++;
                Integer mask = LANGUAGE_MASKS.get(tokens.key(i));
                for (int bits = mask == null ? 0 : mask; bits != 0; bits &= bits - 1) {
                    hits[Integer.numberOfTrailingZeros(bits)]++;
                }
            }
        }
        int best = 0;
        int secondHits = 0;
        for (int language = 1; language < LANGUAGES.length; language++) {
            if (hits[language] > hits[best]) {
                secondHits = hits[best];
                best = language;
            } else {
                secondHits = Math.max(secondHits, hits[language]);
            }
        }
        return hits[best] >= MIN_HITS && hits[best] > secondHits ? LANGUAGES[best] : UNDETERMINED;
    }

    private static Map<String, Integer> languageMasks() {
        Map<String, Integer> masks = new HashMap<>();
        for (int language = 0; language < LANGUAGES.length; language++) {
            int bit = 1 << language;
            for (String word : FUNCTION_WORDS.get(LANGUAGES[language])) {
                masks.merge(word, bit, (a, b) -> a | b);
            }
        }
        return masks;
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
