package io.newsstream.registry.testing;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apicurio Registry 3 (in-memory storage) running as a child process on a free loopback
 * port, with BACKWARD as its global compatibility rule like Confluent's default. Its runner jar is
 * unpacked by the build (see the registry pom) and named by the {@code apicurio.runner} property.
 */
public final class ApicurioRegistryProcess implements AutoCloseable {

    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final URI ccompatUrl;

    private ApicurioRegistryProcess(Process process, URI ccompatUrl) {
        this.process = process;
        this.ccompatUrl = ccompatUrl;
    }

    /** Starts Apicurio and waits until its Confluent-compatible API answers. */
    public static ApicurioRegistryProcess start() throws IOException {
        Path runner = Path.of(BuildProperties.required("apicurio.runner"));
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("Apicurio runner jar " + runner + " is missing; run this test with `mvn verify`, "
                    + "which unpacks it in pre-integration-test");
        }
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dapicurio.rules.global.compatibility=BACKWARD",
                "-jar", runner.toString()))
                .redirectErrorStream(true)
                .redirectOutput(new File(BuildProperties.required("apicurio.log")))
                .start();
        ApicurioRegistryProcess apicurio = new ApicurioRegistryProcess(process, URI.create("http://127.0.0.1:" + port + CCOMPAT_PATH));
        try {
            RegistryHttp http = new RegistryHttp(apicurio.ccompatUrl);
            await("Apicurio's ccompat API on port " + port).atMost(STARTUP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .failFast("Apicurio exited; see " + BuildProperties.required("apicurio.log"), () -> !process.isAlive())
                    .until(() -> http.get("/subjects").status() == 200);
            return apicurio;
        } catch (RuntimeException e) {
            apicurio.close();
            throw e;
        }
    }

    /** The base URL of Apicurio's Confluent-compatible API. */
    public URI ccompatUrl() {
        return ccompatUrl;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
