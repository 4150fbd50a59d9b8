package io.newsstream.ingest.parse;

import java.nio.file.Path;
import java.util.Locale;

/** Chooses the parser for a file from its name and, for text files, its content. */
public final class ParserSelector {

    private final ArticleParser jsonLines = new JsonLinesParser();
    private final ArticleParser seedFormat = new SeedFormatParser();
    private final ArticleParser plainText = new PlainTextParser();

    public ArticleParser forFile(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return jsonLines;
        }
        return SeedFormatParser.looksLikeSeedFormat(content) ? seedFormat : plainText;
    }
}
