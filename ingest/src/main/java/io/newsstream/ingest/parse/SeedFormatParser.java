package io.newsstream.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the seed format: body paragraphs, one per line, then a line {@code Source link}, then the
 * publisher's comma-separated tag line. The tag line becomes {@code publisher_tags} and never
 * enters the body; the {@code Source link} marker is dropped (it is the anchor text of a link the
 * plain-text export lost).
 */
public final class SeedFormatParser implements ArticleParser {

    static final String SOURCE_LINK_MARKER = "Source link";

    /** True when the text ends with the seed format's trailer: the marker line, then one tag line. */
    public static boolean looksLikeSeedFormat(String text) {
        List<String> lines = nonBlankLines(text);
        return lines.size() >= 2 && lines.get(lines.size() - 2).strip().equals(SOURCE_LINK_MARKER);
    }

    @Override
    public List<ParseResult> parse(String text) {
        List<String> lines = nonBlankLines(text);
        int marker = lines.lastIndexOf(SOURCE_LINK_MARKER);
        if (marker < 0 || marker != lines.size() - 2) {
            return List.of(ParseResult.failed("", "seed format needs a '" + SOURCE_LINK_MARKER
                    + "' line followed by exactly one tag line at the end", text));
        }
        if (marker == 0) {
            return List.of(ParseResult.failed("", "seed format file has no body before '"
                    + SOURCE_LINK_MARKER + "'", text));
        }
        String body = String.join("\n", lines.subList(0, marker));
        List<String> tags = splitTags(lines.get(marker + 1));
        return List.of(ParseResult.ok("", ArticleDraft.ofText(null, body, tags)));
    }

    static List<String> splitTags(String tagLine) {
        return Arrays.stream(tagLine.split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
