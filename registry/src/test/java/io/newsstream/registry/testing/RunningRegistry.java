package io.newsstream.registry.testing;

import io.newsstream.registry.RegistryServerConfig;
import io.newsstream.registry.SchemaRegistryServer;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-memory registry on an ephemeral port for each test: {@code @RegisterExtension RunningRegistry registry}. */
public final class RunningRegistry implements BeforeEachCallback, AfterEachCallback {

    private SchemaRegistryServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    public URI url() {
        return server.url();
    }

    /** An HTTP client for this registry; usable in a field initialiser, before the registry starts. */
    public RegistryHttp http() {
        return new RegistryHttp(this::url);
    }
}
