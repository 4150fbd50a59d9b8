package io.newsstream.registry.compat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The compatibility levels of the Confluent Schema Registry API.
 *
 * <p>A level says in which direction a new schema must be compatible with the subject's earlier
 * schemas ({@link #backward()}: new readers read old data; {@link #forward()}: old readers read
 * new data) and whether it is checked against the latest live version only or against all of them
 * ({@link #transitive()}).
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    /** Confluent's default global level. */
    public static final CompatibilityLevel DEFAULT = BACKWARD;

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** Whether a schema under this level must be able to read data written with earlier schemas. */
    public boolean backward() {
        return backward;
    }

    /** Whether earlier schemas must be able to read data written with a schema under this level. */
    public boolean forward() {
        return forward;
    }

    /** Whether the check covers every live version rather than only the latest one. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a level name case-insensitively, as Confluent accepts {@code "backward"} and {@code "BACKWARD"}. */
    public static Optional<CompatibilityLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(normalised)).findFirst();
    }
}
