package io.newsstream.app.cli;

import io.newsstream.enrich.engine.ArticleText;
import io.newsstream.ingest.parse.ArticleDraft;
import io.newsstream.ingest.parse.ParseResult;
import io.newsstream.ingest.parse.ParserSelector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads article files for the commands that run the engine without Kafka, with the same parsers
 * ingest uses, so that {@code enrich-file} and {@code eval} see exactly the text the pipeline would
 * (never the publisher's tag line).
 */
final class ArticleFiles {

    private static final ParserSelector PARSERS = new ParserSelector();

    /** One article read from a file; {@code origin} is the path, plus "line N" for JSON lines. */
    record FileArticle(String origin, ArticleDraft draft) {
        ArticleText text() {
            return new ArticleText(draft.title(), draft.body());
        }
    }

    private ArticleFiles() {}

    /** Every article in the file, in order; an unreadable file or unit comes back as a failure. */
    static List<ParseResult> read(Path file) {
        try {
            String content = Files.readString(file);
            return PARSERS.forFile(file, content).parse(content);
        } catch (NoSuchFileException e) {
            return List.of(ParseResult.failed("", "no such file", ""));
        } catch (CharacterCodingException e) {
            return List.of(ParseResult.failed("", "not UTF-8 text", ""));
        } catch (IOException e) {
            return List.of(ParseResult.failed("", "cannot read: " + e.getMessage(), ""));
        }
    }

    static List<FileArticle> readAll(List<Path> files, List<String> failures) {
        List<FileArticle> articles = new ArrayList<>();
        for (Path file : files) {
            for (ParseResult result : read(file)) {
                String origin = result.location().isEmpty() ? file.toString() : file + " " + result.location();
                if (result.isOk()) {
                    articles.add(new FileArticle(origin, result.article()));
                } else {
                    failures.add(origin + ": " + result.failure());
                }
            }
        }
        return articles;
    }

    /** The regular files directly in a directory, sorted, or the path itself when it is a file. */
    static List<Path> list(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }
}
