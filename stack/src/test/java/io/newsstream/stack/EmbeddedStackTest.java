package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackTest {

  @Test
  @DisplayName("a taken registry port fails with a one-line message before Kafka starts")
  void busyRegistryPortFailsBeforeKafka(@TempDir Path parent) throws Exception {
    Path dataDir = parent.resolve("stack");
    try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = squatter.getLocalPort();
      StackConfig config = new StackConfig("127.0.0.1", 0, port, Optional.of(dataDir));

      assertThatThrownBy(() -> EmbeddedStack.start(config))
          .isInstanceOf(PortUnavailableException.class)
          .hasMessage(
              "Port %d on 127.0.0.1 is already in use (schema registry);"
                  + " choose another with --registry-port",
              port);
    }
    assertThat(dataDir).doesNotExist();
  }

  @Test
  @DisplayName("a port outside 0-65535 is rejected when the config is built")
  void invalidPort() {
    assertThatThrownBy(() -> new StackConfig("127.0.0.1", 70000, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kafka port must be 0-65535, got 70000");
  }
}
