package io.newsstream.enrich.engine;

/** A half-open range [start, end) of UTF-16 offsets into {@link ArticleText#analysedText()}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
