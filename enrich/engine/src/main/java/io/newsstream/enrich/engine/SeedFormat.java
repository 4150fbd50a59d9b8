package io.newsstream.enrich.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a file in the repository's seed format (body paragraphs, a line {@code Source link},
 * then the publisher's comma-separated tag line) into the body the engine may see and the
 * publisher tags it must never see. Without a {@code Source link} line, all of it is body.
 *
 * @param body the article text before the {@code Source link} line
 * @param publisherTags the tag line's tags, trimmed, in order
 */
public record SeedFormat(String body, List<String> publisherTags) {

    private static final String SOURCE_LINK = "Source link";

    public SeedFormat {
        publisherTags = List.copyOf(publisherTags);
    }

    public static SeedFormat parse(String content) {
        int marker = content.startsWith(SOURCE_LINK) ? 0 : content.lastIndexOf("\n" + SOURCE_LINK);
        if (marker < 0) {
            return new SeedFormat(content.strip(), List.of());
        }
        String body = content.substring(0, marker).strip();
        int tagLineStart = content.indexOf('\n', marker + 1);
        String tagLine = tagLineStart < 0 ? "" : content.substring(tagLineStart + 1).strip();
        List<String> tags = Arrays.stream(tagLine.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SeedFormat(body, tags);
    }
}
