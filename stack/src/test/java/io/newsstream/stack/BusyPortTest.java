package io.newsstream.stack;

import io.newsstream.registry.PortUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A taken port fails with a one-line message before anything starts or touches storage. */
class BusyPortTest {

    private static final String HOST = "127.0.0.1";

    @TempDir Path parent;

    @Test
    @DisplayName("a taken Kafka port names Kafka and --kafka-port")
    void busyKafkaPort() throws Exception {
        Path dataDir = parent.resolve("kafka");

        assertRejectedWhenTaken(
                port -> new EmbeddedKafka(new EmbeddedKafkaConfig(HOST, port, dataDir)).start(),
                "Port %d on 127.0.0.1 is already in use (Kafka); choose another with --kafka-port");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    @DisplayName("a taken registry port names the schema registry and --registry-port")
    void busyRegistryPort() throws Exception {
        Path dataDir = parent.resolve("stack");

        assertRejectedWhenTaken(
                port -> EmbeddedStack.start(new StackConfig(HOST, Ports.ANY, port, dataDir)),
                "Port %d on 127.0.0.1 is already in use (schema registry);"
                        + " choose another with --registry-port");
        assertThat(dataDir).doesNotExist();
    }

    private static void assertRejectedWhenTaken(IntConsumer startOnPort, String messageFormat)
            throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> startOnPort.accept(port))
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessage(messageFormat, port);
        }
    }
}
