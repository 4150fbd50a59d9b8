package io.newsstream.enrich.engine;

import java.util.Objects;

/**
 * The text the engine analyses: an optional title and a body. Publisher metadata (tag lines,
 * source links) is never part of it.
 *
 * <p>All offsets the engine reports index {@link #analysedText()}: the title, one newline, then
 * the body; just the body when there is no title.
 */
public record ArticleText(String title, String body) {

    public ArticleText {
        Objects.requireNonNull(body, "body");
        title = title == null || title.isBlank() ? null : title;
    }

    public static ArticleText ofBody(String body) {
        return new ArticleText(null, body);
    }

    public String analysedText() {
        return title == null ? body : title + "\n" + body;
    }

    /** Offset of the body's first character in {@link #analysedText()}. */
    public int bodyOffset() {
        return title == null ? 0 : title.length() + 1;
    }
}
