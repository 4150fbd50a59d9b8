package io.newsstream.app.cli;

import picocli.CommandLine.Option;

/** Where a service finds Kafka and the schema registry: flags, else environment, else the embedded stack's defaults. */
public final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:NEWSSTREAM_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (env NEWSSTREAM_BOOTSTRAP_SERVERS; default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL[,...]",
            defaultValue = "${env:NEWSSTREAM_SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081}",
            description = "Confluent-API schema registry URL(s) (env NEWSSTREAM_SCHEMA_REGISTRY_URL; default: ${DEFAULT-VALUE}).")
    String schemaRegistryUrl;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }
}
