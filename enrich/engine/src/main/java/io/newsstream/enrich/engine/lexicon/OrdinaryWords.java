package io.newsstream.enrich.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The most frequent ordinary English words ({@code common-words.txt}: about 11,000 lower-case
 * words, one per line, {@code #} comments). A capitalised word that starts a sentence and is one
 * of them ("Nice work", "Mobile phones", "Reading the report") is not taken for a place of the
 * same name unless the text places it ("Nice, France", a dateline).
 */
public final class OrdinaryWords {

    public static final String BUNDLED_RESOURCE = "io/newsstream/enrich/lexicon/common-words.txt";

    private OrdinaryWords() {}

    /** The bundled list, as lookup keys. */
    public static Set<String> bundled() {
        try (InputStream in = OrdinaryWords.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    static Set<String> parse(BufferedReader reader) throws IOException {
        Set<String> words = new HashSet<>(16_384);
        String line;
        while ((line = reader.readLine()) != null) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }
}
