package io.newsstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With {@link FirstSharedStackIT}: the stack injected into {@code @BeforeAll} and a test. */
@NewsstreamIntegrationTest
class SecondSharedStackIT {

    private static KafkaStack fromBeforeAll;

    @BeforeAll
    static void rememberStack(KafkaStack stack) {
        fromBeforeAll = stack;
    }

    @Test
    @DisplayName("gets the same running stack as every other test class and every injection point")
    void sharesTheStack(KafkaStack stack) {
        assertThat(stack).isSameAs(fromBeforeAll);
        assertThat(StackSightings.record(stack)).containsExactly(stack);
    }

    @Test
    @DisplayName("can produce to and consume from the stack's Kafka")
    void roundTrip(KafkaStack stack) throws Exception {
        assertThat(RoundTrip.through(stack, "second-shared-stack", "hello from the second class"))
                .containsExactly("hello from the second class");
    }

    @Test
    @DisplayName("the stack's schema registry answers")
    void registryAnswers(KafkaStack stack) throws Exception {
        HttpResponse<String> subjects =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(stack.schemaRegistryUrl() + "/subjects"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(subjects.statusCode()).isEqualTo(200);
    }
}
