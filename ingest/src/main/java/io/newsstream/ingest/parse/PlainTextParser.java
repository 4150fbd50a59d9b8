package io.newsstream.ingest.parse;

import java.util.List;

/**
 * Reads a plain-text article. When the first line is short and followed by an empty line it is
 * taken as the title, as in most plain-text exports; everything else is body.
 */
public final class PlainTextParser implements ArticleParser {

    private static final int MAX_TITLE_LENGTH = 200;

    @Override
    public List<ParseResult> parse(String text) {
        String normalised = text.replace("\r\n", "\n").strip();
        if (normalised.isEmpty()) {
            return List.of(ParseResult.failed("", "file is empty", text));
        }
        int firstBreak = normalised.indexOf("\n\n");
        String title = null;
        String body = normalised;
        if (firstBreak > 0 && firstBreak <= MAX_TITLE_LENGTH && normalised.indexOf('\n') == firstBreak) {
            title = normalised.substring(0, firstBreak).strip();
            body = normalised.substring(firstBreak).strip();
        }
        return List.of(ParseResult.ok("", ArticleDraft.ofText(title, body, List.of())));
    }
}
