package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.EntityType;

/**
 * A capitalised name listed in no knowledge-base file.
 *
 * @param type what its context says it is, or null when the context is silent
 * @param country for places, the country the text names with it ("Commack, N.Y."), else null
 * @param titled true when a person title came right before it ("Senator", "Dr.", "envoy")
 * @param inDominantCountry true for a place that, unless {@code country} says otherwise, lies in the
 *     text's {@link DominantCountry}: a town or province, not a sea or strait, which may be shared
 */
record UnknownRun(int firstToken, int endToken, EntityType type, String country, boolean titled,
        boolean inDominantCountry) {

    int length() {
        return endToken - firstToken;
    }
}
