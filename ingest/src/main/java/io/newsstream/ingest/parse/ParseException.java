package io.newsstream.ingest.parse;

/** Input that cannot become an article; the message says why in words a user can act on. */
public class ParseException extends Exception {

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
