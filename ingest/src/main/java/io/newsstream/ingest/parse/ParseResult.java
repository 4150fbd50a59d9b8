package io.newsstream.ingest.parse;

/**
 * The outcome for one unit of an input: an article, or the reason it could not be read together
 * with the raw text of that unit, so that nothing is lost on its way to the dead-letter topic.
 *
 * @param location where in the input: "line 3" for JSON lines, empty for whole-file formats
 */
public record ParseResult(String location, ArticleDraft article, String failure, String rawText) {

    public static ParseResult ok(String location, ArticleDraft article) {
        return new ParseResult(location, article, null, null);
    }

    public static ParseResult failed(String location, String reason, String rawText) {
        return new ParseResult(location, null, reason, rawText);
    }

    public boolean isOk() {
        return article != null;
    }
}
