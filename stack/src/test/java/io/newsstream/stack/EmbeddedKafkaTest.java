package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

  @Test
  @DisplayName("a taken port fails with a one-line message before any storage is touched")
  void busyPortFailsFast(@TempDir Path parent) throws Exception {
    Path dataDir = parent.resolve("kafka");
    try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = squatter.getLocalPort();
      EmbeddedKafka kafka =
          new EmbeddedKafka(EmbeddedKafkaConfig.defaults().withPort(port).withDataDir(dataDir));

      assertThatThrownBy(kafka::start)
          .isInstanceOf(PortUnavailableException.class)
          .hasMessage(
              "Port %d on 127.0.0.1 is already in use (Kafka); choose another with --kafka-port",
              port);
    }
    assertThat(dataDir).doesNotExist();
  }

  @Test
  @DisplayName("asking for the address of a broker that never started is an error")
  void bootstrapServersBeforeStart() {
    assertThatThrownBy(() -> new EmbeddedKafka(EmbeddedKafkaConfig.defaults()).bootstrapServers())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start()");
  }
}
