package io.newsstream.enrich.engine.kb;

/**
 * The knowledge-base files, in order of precedence when two entities share a surface form: a
 * curated person or organisation wins over a country, a country over a region, a region over a
 * city of the same name.
 */
public enum KbSource {
    PEOPLE("people.tsv", 5),
    ORGANIZATIONS("organizations.tsv", 5),
    COUNTRIES("countries.tsv", 4),
    REGIONS("regions.tsv", 3),
    CITIES("cities.tsv", 2),
    /** Not from a file: found in the text being analysed. */
    TEXT(null, 1);

    private final String fileName;
    private final int precedence;

    KbSource(String fileName, int precedence) {
        this.fileName = fileName;
        this.precedence = precedence;
    }

    public String fileName() {
        return fileName;
    }

    public int precedence() {
        return precedence;
    }
}
