package io.newsstream.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Node.js project folder (package.json with a committed package-lock.json) whose scripts a test
 * runs. Reads the folder; writes its {@code node_modules/} (through {@code npm ci}) and logs under
 * {@code logDirectory}. Dependencies are installed only when {@code node_modules/} is missing or
 * was installed from a different lockfile, which a stamp file inside it records, so warm runs
 * skip npm entirely. Install scripts are not run: the packages must be pure JavaScript, and nothing
 * is downloaded beyond the lockfile's tarballs.
 */
public final class NodeProject {

    /** The oldest Node.js that the clients under test support (and that has util.parseArgs). */
    public static final int MINIMUM_NODE_MAJOR = 18;

    private static final String INSTALL_HINT = "install Node.js >= " + MINIMUM_NODE_MAJOR
            + " and npm (Debian: apt-get install nodejs npm); .ci/run does so on CI";
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.\\d+\\.\\d+");
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final String LOCKFILE = "package-lock.json";
    private static final String INSTALLED_LOCK_STAMP = ".installed-package-lock.sha256";

    private final Path directory;
    private final Path logDirectory;

    public NodeProject(Path directory, Path logDirectory) {
        this.directory = directory;
        this.logDirectory = logDirectory;
    }

    /**
     * Checks that {@code node} (at least {@link #MINIMUM_NODE_MAJOR}) and {@code npm} are on the PATH.
     *
     * @return node's version, such as {@code v20.11.1}
     * @throws IllegalStateException with a one-line message saying what to install
     */
    public String requireToolchain() {
        String nodeVersion = version("node");
        Matcher major = VERSION.matcher(nodeVersion);
        if (!major.find() || Integer.parseInt(major.group(1)) < MINIMUM_NODE_MAJOR) {
            throw new IllegalStateException("node " + nodeVersion + " is too old: " + INSTALL_HINT);
        }
        version("npm");
        return nodeVersion;
    }

    /**
     * Runs {@code npm ci} unless {@code node_modules/} was already installed from the current lockfile.
     *
     * @return how long npm took, or {@link Duration#ZERO} when it was not needed
     * @throws IllegalStateException with npm's output when it fails
     */
    public Duration installDependencies() {
        String lockHash = sha256(directory.resolve(LOCKFILE));
        Path stamp = directory.resolve("node_modules").resolve(INSTALLED_LOCK_STAMP);
        if (Files.isRegularFile(stamp) && lockHash.equals(read(stamp))) {
            return Duration.ZERO;
        }
        ExternalCommand.Result install = command(INSTALL_TIMEOUT, "npm-ci.log",
                "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund").run();
        if (!install.succeeded()) {
            throw new IllegalStateException("npm ci in " + directory + " exited with " + install.exitCode() + ":\n" + install.output());
        }
        write(stamp, lockHash);
        return install.elapsed();
    }

    /** Runs {@code node <script> <arguments...>} in the project folder; its output goes to {@code <script>.log}. */
    public ExternalCommand.Result runScript(Duration timeout, String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return command(timeout, script + ".log", command.toArray(String[]::new)).run();
    }

    private String version(String program) {
        try {
            ExternalCommand.Result result = command(VERSION_TIMEOUT, program + "-version.log", program, "--version").run();
            if (!result.succeeded()) {
                throw new IllegalStateException("'" + program + " --version' exited with " + result.exitCode() + ": " + INSTALL_HINT);
            }
            return result.output().strip();
        } catch (ExternalCommand.ProgramMissingException e) {
            throw new IllegalStateException("'" + program + "' is not on the PATH: " + INSTALL_HINT, e);
        }
    }

    private ExternalCommand command(Duration timeout, String logName, String... command) {
        return new ExternalCommand(List.of(command), directory, logDirectory.resolve(logName), timeout);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
