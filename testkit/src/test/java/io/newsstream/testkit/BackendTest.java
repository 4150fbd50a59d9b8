package io.newsstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    @DisplayName("backend names match regardless of case and surrounding blanks")
    void findsBackendByName() {
        assertThat(Backend.named(" Embedded ")).isEqualTo(Backend.EMBEDDED);
        assertThat(Backend.named("TestContainers")).isEqualTo(Backend.TESTCONTAINERS);
    }

    @Test
    @DisplayName("an unknown backend name fails with a message listing the known ones")
    void unknownBackend() {
        assertThatThrownBy(() -> Backend.named("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Unknown test backend 'docker' (from newsstream.test.backend or"
                                + " NEWSSTREAM_TEST_BACKEND); known backends: embedded, testcontainers");
    }
}
