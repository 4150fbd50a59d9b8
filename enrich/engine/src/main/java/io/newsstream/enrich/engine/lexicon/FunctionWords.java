package io.newsstream.enrich.engine.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words of the Latin-script languages the engine tells apart, as
 * lookup keys. The lexicon files each word's languages in its {@link LexEntry} as a bit mask, so
 * identifying the language costs no lookup of its own.
 */
public final class FunctionWords {

    private static final Map<String, Set<String>> WORDS = Map.of(
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

    /** ISO 639-1 codes in alphabetical order; bit {@code i} of a mask stands for {@code LANGUAGES.get(i)}. */
    public static final List<String> LANGUAGES = WORDS.keySet().stream().sorted().toList();

    private FunctionWords() {}

    /** Every function word with the languages it belongs to as a bit mask. */
    static Map<String, Integer> languageMasks() {
        Map<String, Integer> masks = new HashMap<>();
        for (int language = 0; language < LANGUAGES.size(); language++) {
            int bit = 1 << language;
            for (String word : WORDS.get(LANGUAGES.get(language))) {
                masks.merge(word, bit, (a, b) -> a | b);
            }
        }
        return masks;
    }
}
