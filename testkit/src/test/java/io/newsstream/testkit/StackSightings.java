package io.newsstream.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every {@link KafkaStack} the test classes of this JVM were given, to check they share one. */
final class StackSightings {

    private static final Set<KafkaStack> SEEN = ConcurrentHashMap.newKeySet();

    private StackSightings() {}

    /** Records {@code stack} and returns all stacks seen so far. */
    static Set<KafkaStack> record(KafkaStack stack) {
        SEEN.add(stack);
        return Set.copyOf(SEEN);
    }
}
