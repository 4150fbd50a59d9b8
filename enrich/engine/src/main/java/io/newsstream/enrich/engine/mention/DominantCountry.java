package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The country a text is about, as the place an unlisted place most likely lies in ("Cagayan
 * province" in a story about the Philippines). Counts the countries of the listed places the text
 * names (demonyms count half); the leader must have more than twice the evidence of the
 * runner-up, otherwise there is no clear answer and the unlisted place gets no country.
 */
final class DominantCountry {

    private DominantCountry() {}

    /** The ISO 3166-1 alpha-2 code of the clearly dominant country, or null. */
    static String of(List<FoundMention> found) {
        // A text names a handful of countries: a short list scanned in place costs less than a map.
        List<String> countries = new ArrayList<>();
        double[] evidence = new double[found.size()];
        for (FoundMention mention : found) {
            KbEntity entity = mention.entity();
            if (entity.type() == EntityType.LOCATION && entity.source() != KbSource.TEXT && entity.country() != null) {
                int index = countries.indexOf(entity.country());
                if (index < 0) {
                    index = countries.size();
                    countries.add(entity.country());
                }
                evidence[index] += mention.adjective() ? 0.5 : 1.0;
            }
        }
        String leader = null;
        double best = 0;
        double runnerUp = 0;
        for (int index = 0; index < countries.size(); index++) {
            double value = evidence[index];
            if (value > best) {
                runnerUp = best;
                best = value;
                leader = countries.get(index);
            } else if (value > runnerUp) {
                runnerUp = value;
            }
        }
        return best > 2 * runnerUp ? leader : null;
    }
}
