package io.newsstream.ingest.publish;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param publishedIds ids of the articles handed to the publisher, in input order
 * @param failures inputs that could not be read, each also sent to the dead-letter topic
 */
public record IngestReport(List<String> publishedIds, List<Failure> failures) {

    public IngestReport {
        publishedIds = List.copyOf(publishedIds);
        failures = List.copyOf(failures);
    }

    public int published() {
        return publishedIds.size();
    }

    /** @param origin path, plus "line N" for line-oriented formats */
    public record Failure(String origin, String reason) {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }
}
