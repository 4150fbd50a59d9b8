package io.newsstream.registry;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.newsstream.registry.api.RegistryApi;
import io.newsstream.registry.core.SchemaRegistry;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An embedded schema registry speaking the Confluent Schema Registry REST API (see
 * {@link RegistryApi}) over the {@link io.newsstream.registry.store.SchemaStore} of its
 * {@link RegistryServerConfig}.
 *
 * <pre>{@code
 * try (SchemaRegistryServer registry = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0))) {
 *     URI url = registry.url(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final int MAX_THREADS = 16;
    private static final int MIN_THREADS = 2;

    private final Javalin app;
    private final RegistryServerConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SchemaRegistryServer(Javalin app, RegistryServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Binds and starts the registry. From then on the server owns the configured store; if
     * starting fails, the store stays open for the caller to close.
     *
     * @throws PortUnavailableException when the configured port is taken
     */
    public static SchemaRegistryServer start(RegistryServerConfig config) {
        RegistryApi api = new RegistryApi();
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
            threads.setName("schema-registry");
            javalin.jetty.threadPool = threads;
            api.configure(javalin);
        });
        api.addTo(app, new SchemaRegistry(config.store()));
        try {
            app.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new PortUnavailableException(config.host(), config.port(), "schema registry", "--registry-port", e);
        }
        return new SchemaRegistryServer(app, config);
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8081}. */
    public URI url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    /** The bound port; the actual one when the configuration asked for 0. */
    public int port() {
        return app.port();
    }

    /** Stops serving and closes the store; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.stop();
            config.store().close();
        }
    }
}
