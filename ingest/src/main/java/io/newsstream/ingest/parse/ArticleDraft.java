package io.newsstream.ingest.parse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as a parser read it, before it gets an id and an ingestion time.
 *
 * @param url canonical URL, or null
 * @param source publisher or feed name, or null
 * @param title null when the input has none
 * @param body body text only: never the publisher's tag line or a source-link trailer
 * @param publishedAt null when unknown
 * @param language ISO 639-1 code declared by the input, or null
 * @param publisherTags the publisher's own tags, metadata only
 */
public record ArticleDraft(
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        String language,
        List<String> publisherTags) {

    public ArticleDraft {
        Objects.requireNonNull(body, "body");
        publisherTags = List.copyOf(publisherTags);
    }

    public static ArticleDraft ofText(String title, String body, List<String> publisherTags) {
        return new ArticleDraft(null, null, title, body, null, null, publisherTags);
    }
}
