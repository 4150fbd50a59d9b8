package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicProvisionerTest {

    @Test
    @DisplayName("an unreachable broker gives a clear error after the timeout instead of hanging")
    void unreachableBroker() {
        String nobody = "127.0.0.1:" + Ports.freePort("127.0.0.1");
        TopicProvisioner provisioner = new TopicProvisioner(nobody, Duration.ofSeconds(1));

        assertThatThrownBy(() -> provisioner.ensureTopics(List.of(new NewTopic("t", 1, (short) 1))))
                .isInstanceOf(TopicProvisioningException.class)
                .hasMessageStartingWith("Kafka at " + nobody + " did not answer within 1000 ms")
                .hasMessageEndingWith("is it running?");
    }

    @Test
    @DisplayName("an empty list needs no broker at all")
    void nothingToDo() {
        assertThat(
                        new TopicProvisioner("127.0.0.1:1", Duration.ofSeconds(1))
                                .ensureTopics(List.of()))
                .isEmpty();
    }
}
