package io.newsstream.enrich.engine.resource;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Walks the data lines of a bundled text file: every line that is neither blank nor a {@code #}
 * comment, with its 1-based line number so that a parser can name the line it rejects.
 */
public final class DataLines {

    /** Receives one data line. */
    @FunctionalInterface
    public interface Consumer {
        void accept(int lineNumber, String line);
    }

    private DataLines() {}

    public static void forEach(BufferedReader reader, Consumer consumer) throws IOException {
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank() && !line.startsWith("#")) {
                consumer.accept(lineNumber, line);
            }
        }
    }
}
