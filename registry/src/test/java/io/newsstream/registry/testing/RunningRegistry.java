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
    private RegistryHttp http;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0));
        http = new RegistryHttp(server.url());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    public URI url() {
        return server.url();
    }

    public RegistryHttp http() {
        return http;
    }
}
