package io.newsstream.app.cli;

import io.newsstream.stack.EmbeddedStack;
import java.io.PrintWriter;

/** Tells the user where the embedded stack listens, in the form other tools take. */
final class StackBanner {

    private StackBanner() {}

    static void print(PrintWriter out, EmbeddedStack stack) {
        out.println("Kafka bootstrap servers: " + stack.bootstrapServers());
        out.println("Schema registry URL:     " + stack.schemaRegistryUrl());
        out.println("Data directory:          " + stack.dataDir());
    }
}
