package io.newsstream.testkit;

import io.newsstream.stack.EmbeddedStack;
import io.newsstream.stack.StackConfig;

/** Runs the stack in the test JVM with {@link EmbeddedStack}, on free ports and a temp dir. */
final class EmbeddedKafkaStack implements RunningKafkaStack {

    private final EmbeddedStack stack;

    private EmbeddedKafkaStack(EmbeddedStack stack) {
        this.stack = stack;
    }

    static EmbeddedKafkaStack start() {
        return new EmbeddedKafkaStack(EmbeddedStack.start(StackConfig.ephemeral()));
    }

    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    @Override
    public void close() {
        stack.close();
    }
}
