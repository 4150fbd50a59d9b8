package io.newsstream.ingest.parse;

import java.util.List;

/** Turns the text of one input (a file, a request body) into articles. Pure: no I/O. */
public interface ArticleParser {

    /**
     * @param text the whole input, decoded
     * @return the articles read, at least one; one entry per parsable unit, failures included
     */
    List<ParseResult> parse(String text);
}
