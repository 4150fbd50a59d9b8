package io.newsstream.registry.core;

import java.util.OptionalInt;

/**
 * A version path segment of the Confluent API: a positive number, or {@code latest} / {@code -1}
 * for the newest version.
 */
public final class VersionSelector {

    private static final String LATEST = "latest";

    private final Integer number;

    private VersionSelector(Integer number) {
        this.number = number;
    }

    /**
     * Parses a version segment.
     *
     * @throws RegistryException {@link RegistryError#INVALID_VERSION} for anything but a positive int, {@code latest} or {@code -1}
     */
    public static VersionSelector parse(String text) {
        if (LATEST.equalsIgnoreCase(text) || "-1".equals(text)) {
            return new VersionSelector(null);
        }
        try {
            int number = Integer.parseInt(text);
            if (number > 0) {
                return new VersionSelector(number);
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the API's invalid-version error
        }
        throw new RegistryException(RegistryError.INVALID_VERSION, "The specified version '" + text
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public boolean isLatest() {
        return number == null;
    }

    /** The exact version asked for; empty for {@code latest}. */
    public OptionalInt number() {
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }
}
