package io.newsstream.registry.testing;

/** Realistic evolutions of a news-article record, as the pipeline's schemas evolve. */
public final class ArticleSchemas {

    public static final String URL = "{\"name\": \"url\", \"type\": \"string\"}";
    public static final String TITLE = "{\"name\": \"title\", \"type\": \"string\"}";
    public static final String PUBLISHED_AT = "{\"name\": \"publishedAt\", \"type\": \"long\"}";

    /** Version 1: url, title, published timestamp. */
    public static final String V1 = article(URL, TITLE, PUBLISHED_AT);

    /** {@link #V1} with different whitespace and key order: the same schema. */
    public static final String V1_REFORMATTED = "{\"namespace\":\"io.newsstream.test\",\"name\":\"Article\",\"type\":\"record\","
            + "\"fields\":[{\"type\":\"string\",\"name\":\"url\"},{\"name\":\"title\",\"type\":\"string\"},"
            + "{\"name\":\"publishedAt\",\"type\":\"long\"}]}";

    /** Adds a language with a default: backward and forward compatible with {@link #V1}. */
    public static final String ADD_FIELD_WITH_DEFAULT =
            article(URL, TITLE, PUBLISHED_AT, "{\"name\": \"language\", \"type\": \"string\", \"default\": \"en\"}");

    /** Adds a required body without default: forward but not backward compatible with {@link #V1}. */
    public static final String ADD_FIELD_WITHOUT_DEFAULT =
            article(URL, TITLE, PUBLISHED_AT, "{\"name\": \"body\", \"type\": \"string\"}");

    /** Drops the title (which has no default): backward but not forward compatible with {@link #V1}. */
    public static final String REMOVE_FIELD = article(URL, PUBLISHED_AT);

    /** Turns publishedAt into a string: incompatible both ways with {@link #V1}. */
    public static final String CHANGE_TYPE = article(URL, TITLE, "{\"name\": \"publishedAt\", \"type\": \"string\"}");

    /** A different record altogether, for a second id. */
    public static final String SOURCE = """
            {"type": "record", "name": "Source", "namespace": "io.newsstream.test",
             "fields": [{"name": "name", "type": "string"}, {"name": "homepage", "type": "string"}]}""";

    private ArticleSchemas() {
    }

    /** An {@code io.newsstream.test.Article} record with these field definitions (JSON objects). */
    public static String article(String... fields) {
        return "{\"type\": \"record\", \"name\": \"Article\", \"namespace\": \"io.newsstream.test\",\n \"fields\": [\n  "
                + String.join(",\n  ", fields) + "\n ]}";
    }
}
