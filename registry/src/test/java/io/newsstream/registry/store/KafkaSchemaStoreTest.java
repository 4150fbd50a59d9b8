package io.newsstream.registry.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KafkaSchemaStoreTest {

    @Test
    @DisplayName("an unreachable cluster fails open() within the timeout with a message naming the servers")
    void unreachableKafka() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> KafkaSchemaStore.open(bootstrap, KafkaSchemaStore.DEFAULT_TOPIC, Duration.ofSeconds(2)))
                .isInstanceOf(SchemaStoreException.class)
                .hasMessage("Could not reach Kafka at " + bootstrap + " within 2 s.");
    }
}
