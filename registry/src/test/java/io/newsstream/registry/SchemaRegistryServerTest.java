package io.newsstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.registry.store.InMemorySchemaStore;
import io.newsstream.registry.testing.RegistryHttp;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaRegistryServerTest {

    @Test
    @DisplayName("port 0 binds an ephemeral loopback port and url() points at it")
    void bindsEphemeralPort() {
        try (SchemaRegistryServer server = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0))) {
            assertThat(server.port()).isPositive();
            assertThat(server.url()).hasToString("http://127.0.0.1:" + server.port());
            assertThat(new RegistryHttp(server.url()).get("/").body()).isEqualTo("{}");
        }
    }

    @Test
    @DisplayName("a busy port fails with a one-line message naming the port, host and the option to change it")
    void busyPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> SchemaRegistryServer.start(RegistryServerConfig.inMemory(port)))
                    .isInstanceOf(PortUnavailableException.class)
                    .hasMessage("Port " + port + " on 127.0.0.1 is already in use (schema registry); "
                            + "choose another with --registry-port");
        }
    }

    @Test
    @DisplayName("close() is idempotent and stops serving")
    void closeIsIdempotent() {
        SchemaRegistryServer server = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0));
        RegistryHttp http = new RegistryHttp(server.url());
        server.close();
        server.close();
        assertThatThrownBy(() -> http.get("/subjects")).hasMessageContaining("failed");
    }

    @Test
    @DisplayName("an out-of-range port is rejected before anything binds")
    void rejectsInvalidPort() {
        assertThatThrownBy(() -> RegistryServerConfig.loopback(70_000, new InMemorySchemaStore()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }
}
