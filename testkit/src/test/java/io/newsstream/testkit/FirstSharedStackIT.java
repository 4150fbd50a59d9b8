package io.newsstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With {@link SecondSharedStackIT}: two test classes, one stack, injected into the constructor. */
@NewsstreamIntegrationTest
class FirstSharedStackIT {

    private final KafkaStack stack;

    FirstSharedStackIT(KafkaStack stack) {
        this.stack = stack;
    }

    @Test
    @DisplayName("gets the same running stack as every other test class")
    void sharesTheStack() {
        assertThat(StackSightings.record(stack)).containsExactly(stack);
    }

    @Test
    @DisplayName("can produce to and consume from the stack's Kafka")
    void roundTrip() throws Exception {
        assertThat(RoundTrip.through(stack, "first-shared-stack", "hello from the first class"))
                .containsExactly("hello from the first class");
    }
}
