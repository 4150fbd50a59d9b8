package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.resource.DataLines;
import io.newsstream.enrich.engine.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a word-list file: one word per line, {@code #} starts a comment line, blank lines are
 * skipped. Words become lookup keys (lower case, accents removed), so "Enrique" in a list of
 * given names matches "ENRIQUE" and "enrique" in text.
 */
final class WordList {

    private WordList() {}

    static Set<String> parse(BufferedReader reader) throws IOException {
        Set<String> words = new HashSet<>(16_384);
        DataLines.forEach(reader, (lineNumber, line) -> {
            String word = line.strip();
            words.add(Tokenizer.key(word, 0, word.length()));
        });
        return words;
    }
}
