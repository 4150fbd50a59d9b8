package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.lexicon.EnglishWords;
import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;

/**
 * Recognises places the knowledge base may not list from the geographic words around or inside
 * their names: an administrative unit after or before the name ("Cagayan province", "Hokkaido
 * Prefecture", "the state of Bihar") and a geographic feature that ends or starts it ("Sulu Sea",
 * "Korean Peninsula", "Strait of Hormuz", "Lake Victoria"). A feature name is one place, even
 * when a listed name sits inside it ("South China Sea" is not China). Reads one text's tokens and
 * their lexicon entries.
 */
record PlaceContext(Tokens tokens, TokenEntries entries) {

    /** True when an administrative unit types tokens {@code [from, to)} as a place. */
    boolean isNamedWithUnit(int from, int to) {
        boolean unitAfter = to < tokens.size() && tokens.continuesSentence(to - 1) && isLowerCaseUnit(to);
        boolean unitInside = to - from >= 2 && entries.is(to - 1, LexEntry.PLACE_UNIT);
        boolean unitBefore = from >= 2 && tokens.key(from - 1).equals("of") && tokens.continuesSentence(from - 2)
                && isLowerCaseUnit(from - 2);
        return unitAfter || unitInside || unitBefore;
    }

    /**
     * Where the name of a geographic feature starts in the capitalised sequence {@code [start, end)},
     * after a lower-case "the" or a sentence-initial common word ("In"; but "the Second Thomas Shoal"
     * keeps "Second"), or -1 when the sequence is not one.
     */
    int featureNameStart(int start, int end) {
        int first = start;
        while (first < end && (!tokens.has(first, Tokens.CAPITALIZED)
                || entries.is(first, LexEntry.COMMON_WORD) && tokens.has(first, Tokens.SENTENCE_START))) {
            first++;
        }
        if (end - first < 2 || entries.is(end - 1, LexEntry.ORGANIZATION_SUFFIX)) {
            return -1;
        }
        if (isCapitalizedFeature(end - 1)) {
            return first;
        }
        boolean leads = isCapitalizedFeature(first) && (tokens.key(first + 1).equals("of")
                || EnglishWords.LEADING_PLACE_FEATURES.contains(tokens.key(first)));
        return leads ? first : -1;
    }

    /** True when the "of" at {@code j} continues a feature's name: "Strait of Hormuz", "Gulf of Mexico". */
    boolean joinsFeatureName(int j) {
        return j > 0 && entries.is(j - 1, LexEntry.PLACE_FEATURE) && tokens.key(j).equals("of");
    }

    private boolean isCapitalizedFeature(int i) {
        return entries.is(i, LexEntry.PLACE_FEATURE) && tokens.has(i, Tokens.CAPITALIZED);
    }

    private boolean isLowerCaseUnit(int i) {
        return entries.is(i, LexEntry.PLACE_UNIT) && !tokens.has(i, Tokens.CAPITALIZED);
    }
}
