package io.newsstream.registry.client;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * The Confluent compatibility levels and the Avro rule each one enforces.
 *
 * <p>BACKWARD means consumers on the new schema read data written with the old one; FORWARD means
 * consumers on the old schema read data written with the new one; FULL means both. The plain
 * levels compare against the latest version only, the {@code _TRANSITIVE} ones against every
 * version.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean candidateReadsExisting;
    private final boolean existingReadsCandidate;
    private final boolean transitive;

    CompatibilityLevel(boolean candidateReadsExisting, boolean existingReadsCandidate, boolean transitive) {
        this.candidateReadsExisting = candidateReadsExisting;
        this.existingReadsCandidate = existingReadsCandidate;
        this.transitive = transitive;
    }

    /**
     * Parses a level name as the registry REST API spells it.
     *
     * @throws SchemaRegistryException error code 42203 for an unknown name
     */
    public static CompatibilityLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level '" + name + "'; expected one of "
                            + List.of(values()), e);
        }
    }

    /**
     * Why {@code candidate} may not follow the existing versions of a subject under this level.
     *
     * @param existingNewestFirst the subject's schemas, latest version first
     * @return one line per incompatibility; empty when the candidate is acceptable
     */
    public List<String> incompatibilities(Schema candidate, List<Schema> existingNewestFirst) {
        List<Schema> compared = transitive
                ? existingNewestFirst
                : existingNewestFirst.subList(0, Math.min(1, existingNewestFirst.size()));
        return compared.stream()
                .flatMap(existing -> Stream.concat(
                        candidateReadsExisting ? problems(candidate, existing) : Stream.empty(),
                        existingReadsCandidate ? problems(existing, candidate) : Stream.empty()))
                .toList();
    }

    private static Stream<String> problems(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities()
                .stream()
                .map(problem -> problem.getType() + " at " + problem.getLocation() + ": " + problem.getMessage());
    }
}
