package io.newsstream.enrich.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One entity line of a bundled knowledge-base file, as the tests of the KB files read it: located
 * as {@code file:line}; columns the line omits read as empty, as the format allows.
 */
record KbRow(String where, List<String> columns) {

    static final String KB = "/io/newsstream/enrich/kb/";

    String column(int index) {
        return index < columns.size() ? columns.get(index) : "";
    }

    /** A {@code |}-separated column as a list; empty when the column is. */
    List<String> list(int index) {
        return column(index).isEmpty() ? List.of() : List.of(column(index).split("\\|", -1));
    }

    String id() {
        return column(0);
    }

    String type() {
        return column(1);
    }

    String name() {
        return column(2);
    }

    List<String> aliases() {
        return list(3);
    }

    String country() {
        return column(4);
    }

    List<String> surfaceForms() {
        return Stream.concat(Stream.of(name()), aliases().stream()).toList();
    }

    /** The entity lines of a KB file on the classpath, skipping comments and blank lines. */
    static List<KbRow> read(String file) {
        List<String> lines = lines(file);
        return IntStream.range(0, lines.size())
                .filter(index -> !lines.get(index).isBlank() && !lines.get(index).startsWith("#"))
                .mapToObj(index -> new KbRow(file + ":" + (index + 1), List.of(lines.get(index).split("\t", -1))))
                .toList();
    }

    /** Every line of a KB file on the classpath, comments included. */
    static List<String> lines(String file) {
        InputStream in = KbRow.class.getResourceAsStream(KB + file);
        assertThat(in).as("classpath resource " + KB + file).isNotNull();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
