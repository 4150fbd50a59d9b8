package io.newsstream.testkit;

import io.newsstream.stack.EmbeddedStack;
import io.newsstream.stack.StackConfig;

/** Runs the stack in the test JVM with {@link EmbeddedStack}, on free ports and a temp dir. */
final class EmbeddedBackend implements RunningKafkaStack {

  private final EmbeddedStack stack;

  private EmbeddedBackend(EmbeddedStack stack) {
    this.stack = stack;
  }

  static EmbeddedBackend start() {
    return new EmbeddedBackend(EmbeddedStack.start(StackConfig.ephemeral()));
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
