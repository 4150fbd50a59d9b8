package io.newsstream.enrich.engine;

import io.newsstream.ingest.parse.ArticleDraft;
import io.newsstream.ingest.parse.ParseResult;
import io.newsstream.ingest.parse.SeedFormatParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's seed articles and the held-out corpus, read with the parser ingest uses, so tests see what the pipeline sees. */
final class SeedArticles {

    static final Path FOLDER = Path.of("..", "..", "seeds");
    /** Articles written for measuring, never for tuning: the engine's rules must not be fitted to them. */
    static final Path HELD_OUT_FOLDER = Path.of("src", "test", "resources", "heldout");
    static final String UKRAINE_SUMMIT = "000_3469b6172892ae86.txt";

    private static final SeedFormatParser PARSER = new SeedFormatParser();

    private SeedArticles() {}

    /** The article of one seed file, by file name. */
    static ArticleDraft read(String fileName) {
        return read(FOLDER.resolve(fileName));
    }

    /** Every seed file, sorted by name. */
    static List<Path> files() {
        return files(FOLDER);
    }

    /** Every article file of {@code folder}, sorted by name. */
    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleDraft read(Path file) {
        try {
            List<ParseResult> results = PARSER.parse(Files.readString(file));
            ParseResult result = results.get(0);
            if (!result.isOk()) {
                throw new IllegalStateException(file + ": " + result.failure());
            }
            return result.article();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
