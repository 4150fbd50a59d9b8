package io.newsstream.enrich.engine;

import java.util.Optional;

/** Looks up an analysis's mentions by canonical name, with a failure message that lists what was found. */
final class FoundMentions {

    private FoundMentions() {}

    static Optional<Mention> find(Analysis analysis, String name) {
        return analysis.mentions().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    static Mention only(Analysis analysis, String name) {
        return find(analysis, name).orElseThrow(() -> new AssertionError(name + " not found in "
                + analysis.mentions().stream().map(m -> m.name() + " " + m.entityId()).toList()));
    }
}
