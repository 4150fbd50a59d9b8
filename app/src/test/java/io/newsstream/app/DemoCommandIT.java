package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./newsstream demo --exit-when-done} as a user runs it, on its own embedded stack. */
class DemoCommandIT {

    @Test
    @DisplayName("demo --exit-when-done prints every seed article with its tags and exits 0")
    void demoRunsToCompletion(@TempDir Path dataDir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsstream.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

        int exit = cli.execute("demo", "--exit-when-done", "--kafka-port", "0", "--registry-port", "0",
                "--data-dir", dataDir.toString(), "--seeds", "../seeds", "--timeout", "PT2M");

        assertThat(exit).as("stderr: %s", err).isZero();
        long seedFiles;
        try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
            seedFiles = files.filter(file -> file.toString().endsWith(".txt")).count();
        }
        assertThat(out.toString())
                .contains("Kafka bootstrap servers: 127.0.0.1:")
                .contains("Schema registry URL:     http://127.0.0.1:")
                .contains("\"Washington — Recently, a significant development emerged…\"")
                .contains("All " + seedFiles + " article(s) reached the downstream topics.");
        assertThat(out.toString().lines().filter(line -> line.contains("tags: ") && !line.contains("tags: (none)")))
                .hasSize((int) seedFiles);
    }

    @Test
    @DisplayName("a busy port is one clear line, not a stack trace")
    void busyPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            CommandLine cli = Newsstream.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err));

            int exit = cli.execute("stack", "--kafka-port", String.valueOf(taken.getLocalPort()));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip())
                    .isEqualTo("newsstream stack: Port " + taken.getLocalPort()
                            + " on 127.0.0.1 is already in use (Kafka); choose another with --kafka-port")
                    .doesNotContain("\tat ");
        }
    }
}
