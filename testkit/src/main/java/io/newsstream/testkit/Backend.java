package io.newsstream.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The ways to run a {@link KafkaStack} for tests, chosen by name: {@code embedded} in the test
 * JVM, {@code testcontainers} in containers. Adding a backend means adding a constant here; tests
 * do not change.
 */
enum Backend {
    EMBEDDED("embedded", EmbeddedKafkaStack::start),
    TESTCONTAINERS("testcontainers", ContainerKafkaStack::start);

    private final String backendName;
    private final Supplier<RunningKafkaStack> starter;

    Backend(String backendName, Supplier<RunningKafkaStack> starter) {
        this.backendName = backendName;
        this.starter = starter;
    }

    RunningKafkaStack start() {
        return starter.get();
    }

    /**
     * The backend called {@code name}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the known backends if there is none by that name
     */
    static Backend named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(backend -> backend.backendName.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown test backend '%s' (from %s or %s); known backends: %s"
                                                .formatted(
                                                        name,
                                                        KafkaStackExtension.BACKEND_PROPERTY,
                                                        KafkaStackExtension
                                                                .BACKEND_ENVIRONMENT_VARIABLE,
                                                        knownNames())));
    }

    private static String knownNames() {
        return Arrays.stream(values())
                .map(backend -> backend.backendName)
                .collect(Collectors.joining(", "));
    }
}
