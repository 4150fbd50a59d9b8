package io.newsstream.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program in a working directory, bounded in time. Standard output and
 * error go, interleaved, to a log file rather than a pipe, so a chatty program cannot block on a
 * full pipe buffer and the log survives the test for reading.
 *
 * @param command the program and its arguments
 * @param workingDirectory where it runs
 * @param log the file that receives its output (replaced)
 * @param timeout how long it may run before it is killed and the run fails
 */
public record ExternalCommand(List<String> command, Path workingDirectory, Path log, Duration timeout) {

    /** What a finished run left behind. */
    public record Result(int exitCode, String output, Duration elapsed) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Thrown when the program is not installed: {@link #getMessage()} says so in one line. */
    public static final class ProgramMissingException extends RuntimeException {
        ProgramMissingException(String program, IOException cause) {
            super("'" + program + "' cannot be started (" + cause.getMessage() + ")", cause);
        }
    }

    /**
     * Runs the command to completion.
     *
     * @throws ProgramMissingException when the program cannot be started
     * @throws IllegalStateException naming the command and showing its output when it outlives the timeout
     */
    public Result run() {
        long started = System.nanoTime();
        Process process = start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + "; its output so far:\n" + output());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + String.join(" ", command), e);
        }
        return new Result(process.exitValue(), output(), Duration.ofNanos(System.nanoTime() - started));
    }

    private Process start() {
        if (!Files.isDirectory(workingDirectory)) {
            throw new IllegalStateException("working directory " + workingDirectory + " of " + command.get(0) + " does not exist");
        }
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory of " + log, e);
        }
        try {
            return new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new ProgramMissingException(command.get(0), e);
        }
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of " + String.join(" ", command) + " from " + log, e);
        }
    }
}
