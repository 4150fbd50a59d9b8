package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    @DisplayName("a port outside 0-65535 is rejected when the config is built")
    void invalidPort() {
        assertThatThrownBy(() -> new StackConfig("127.0.0.1", 70000, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kafka port must be 0-65535, got 70000");
    }

    @Test
    @DisplayName("the defaults are the ports clients expect, with a temporary data directory")
    void defaults() {
        assertThat(StackConfig.defaults())
                .isEqualTo(new StackConfig("127.0.0.1", 9092, 8081, null));
    }
}
