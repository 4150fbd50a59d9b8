package io.newsstream.enrich.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the seed format of the repository's {@code seeds/} folder: body, "Source link", tag line. */
record SeedArticles(String body, List<String> publisherTags) {

    static final Path SEEDS = Path.of("..", "..", "seeds");

    static SeedArticles read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int marker = content.lastIndexOf("\nSource link");
        String body = marker < 0 ? content.strip() : content.substring(0, marker);
        String tagLine = marker < 0 ? "" : content.substring(content.indexOf('\n', marker + 1) + 1).strip();
        List<String> tags = Arrays.stream(tagLine.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SeedArticles(body, tags);
    }
}
