package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    @DisplayName("asking for the address of a broker that never started is an error")
    void bootstrapServersBeforeStart() {
        assertThatThrownBy(
                        () -> new EmbeddedKafka(EmbeddedKafkaConfig.defaults()).bootstrapServers())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start()");
    }
}
