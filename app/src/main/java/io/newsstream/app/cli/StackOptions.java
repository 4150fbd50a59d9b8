package io.newsstream.app.cli;

import io.newsstream.stack.StackConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How the embedded broker and registry bind and where they keep data. */
public final class StackOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the broker and registry bind to (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--kafka-port", defaultValue = "9092",
            description = "Kafka listener port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "8081",
            description = "Schema registry port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's and registry's data here between runs (default: a temporary directory, deleted on exit).")
    Path dataDir;

    StackConfig toConfig() {
        return new StackConfig(host, kafkaPort, registryPort, dataDir);
    }
}
