package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.resource.ClasspathResource;
import io.newsstream.enrich.engine.resource.Fingerprint;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * The data files the rules read besides the knowledge base, with one fingerprint over all their
 * bytes, so a change to any of them changes the engine version:
 *
 * <ul>
 *   <li>the topic lexicon ({@code kb/topics.tsv}, see {@link TopicLexicon});
 *   <li>the most frequent ordinary English words ({@code lexicon/common-words.txt}): a capitalised
 *       word that starts a sentence and is one of them ("Nice work", "Reading the report") is not
 *       taken for a place of the same name unless the text places it ("Nice, France", a dateline);
 *   <li>given names ({@code lexicon/given-names.txt}, optional): evidence that a capitalised pair
 *       the knowledge base does not list is a person ("Enrique Mora"), together with its context.
 * </ul>
 *
 * <p>Word lists hold one word per line, {@code #} comments. Immutable.
 */
public record LexiconData(TopicLexicon topics, Set<String> ordinaryWords, Set<String> givenNames,
        String fingerprint) {

    public static final String BUNDLED_TOPICS = "io/newsstream/enrich/kb/topics.tsv";
    public static final String BUNDLED_COMMON_WORDS = "io/newsstream/enrich/lexicon/common-words.txt";
    public static final String BUNDLED_GIVEN_NAMES = "io/newsstream/enrich/lexicon/given-names.txt";

    public LexiconData {
        ordinaryWords = Set.copyOf(ordinaryWords);
        givenNames = Set.copyOf(givenNames);
    }

    /** The files bundled in this jar; without a given-name list, only context finds unlisted people. */
    public static LexiconData bundled() {
        return fromClasspath(BUNDLED_TOPICS, BUNDLED_COMMON_WORDS, BUNDLED_GIVEN_NAMES);
    }

    /**
     * @param givenNamesPath may name a file that does not exist; the engine then has no given names
     * @throws IllegalStateException when the topic lexicon or the common words are missing
     * @throws IllegalArgumentException naming the line when the topic lexicon is malformed
     */
    public static LexiconData fromClasspath(String topicsPath, String commonWordsPath, String givenNamesPath) {
        ClasspathResource topicsFile = ClasspathResource.require(topicsPath);
        ClasspathResource commonWordsFile = ClasspathResource.require(commonWordsPath);
        Optional<ClasspathResource> givenNamesFile = ClasspathResource.find(givenNamesPath);
        Fingerprint fingerprint = Fingerprint.start().add(topicsFile).add(commonWordsFile);
        givenNamesFile.ifPresent(fingerprint::add);
        try {
            return new LexiconData(
                    TopicLexicon.parse(topicsFile.reader()),
                    WordList.parse(commonWordsFile.reader()),
                    givenNamesFile.isPresent() ? WordList.parse(givenNamesFile.get().reader()) : Set.of(),
                    fingerprint.hex());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon files", e);
        }
    }
}
