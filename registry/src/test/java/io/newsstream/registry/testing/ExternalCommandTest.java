package io.newsstream.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalCommandTest {

    @TempDir
    Path directory;

    private ExternalCommand sh(String script, Duration timeout) {
        return new ExternalCommand(List.of("sh", "-c", script), directory, directory.resolve("logs/sh.log"), timeout);
    }

    @Test
    @DisplayName("keeps stdout and stderr, interleaved, and the exit code")
    void capturesOutputAndExitCode() {
        ExternalCommand.Result result = sh("echo out; echo err >&2; exit 3", Duration.ofSeconds(30)).run();

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.output()).isEqualTo("out\nerr\n");
    }

    @Test
    @DisplayName("kills a run that outlives its timeout and shows what it printed")
    void killsOnTimeout() {
        assertThatThrownBy(() -> sh("echo started; exec sleep 60", Duration.ofMillis(300)).run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not finish within PT0.3S")
                .hasMessageContaining("started");
    }

    @Test
    @DisplayName("a program that is not installed is reported as missing, by name")
    void missingProgram() {
        ExternalCommand missing = new ExternalCommand(List.of("no-such-program-newsstream"), directory,
                directory.resolve("missing.log"), Duration.ofSeconds(5));

        assertThatThrownBy(missing::run)
                .isInstanceOf(ExternalCommand.ProgramMissingException.class)
                .hasMessageStartingWith("'no-such-program-newsstream' cannot be started");
    }
}
