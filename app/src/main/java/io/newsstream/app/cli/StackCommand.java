package io.newsstream.app.cli;

import io.newsstream.app.runtime.ShutdownSignal;
import io.newsstream.stack.EmbeddedStack;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Start only the embedded Kafka broker and schema registry.",
            "",
            "For the separate services, other tools and other languages' clients to connect to. Ctrl-C stops them."})
public final class StackCommand implements Callable<Integer> {

    @Mixin
    StackOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ShutdownSignal shutdown = ShutdownSignal.install();
        try (EmbeddedStack stack = EmbeddedStack.start(options.toConfig())) {
            PrintWriter out = spec.commandLine().getOut();
            StackBanner.print(out, stack);
            out.println("Ctrl-C stops the stack.");
            out.flush();
            shutdown.await();
        } finally {
            shutdown.finished();
        }
        return 0;
    }
}
