package io.newsstream.app.cli;

import io.newsstream.app.demo.ArticleFeed;
import io.newsstream.app.demo.ArticleLine;
import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.ShutdownSignal;
import io.newsstream.app.runtime.StreamsService;
import io.newsstream.ingest.publish.IngestReport;
import io.newsstream.stack.EmbeddedStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline in one process on an embedded Kafka and schema registry.",
            "",
            "Starts the broker (KRaft) and the registry, creates the topics, ingests the seed articles, runs the",
            "enrich and sink services and prints one line per enriched article. Keeps running, so that other",
            "tools can connect, until Ctrl-C; with --exit-when-done it exits once every article is downstream."})
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    StackOptions stackOptions;

    @Option(names = "--seeds", paramLabel = "PATH", defaultValue = "seeds",
            description = "Articles to ingest: files or directories (default: ${DEFAULT-VALUE}).")
    List<Path> seeds;

    @Option(names = "--exit-when-done",
            description = "Exit (code 0) once every ingested article has reached the downstream topics.")
    boolean exitWhenDone;

    @Option(names = "--timeout", defaultValue = "PT3M",
            description = "With --exit-when-done: give up (exit code 1) after this long (ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ShutdownSignal shutdown = ShutdownSignal.install();
        try (EmbeddedStack stack = EmbeddedStack.start(stackOptions.toConfig())) {
            StackBanner.print(out, stack);
            out.flush();
            Pipeline pipeline = Pipeline.connect(stack.bootstrapServers(), stack.schemaRegistryUrl());
            pipeline.provisionTopics(Duration.ofSeconds(30));
            Path stateDir = stack.dataDir().resolve("streams");
            try (ArticleFeed feed = ArticleFeed.start(stack.bootstrapServers(), pipeline.topics().articles(),
                            article -> printLine(out, ArticleLine.format(article)));
                 StreamsService enrich = pipeline.startEnrich(stateDir);
                 StreamsService sink = pipeline.startSink(stateDir)) {
                IngestReport report = pipeline.ingest(seeds);
                report.failures().forEach(failure -> printLine(spec.commandLine().getErr(), "skipped " + failure));
                printLine(out, String.format("Ingested %d article(s) into %s; %d rejected to %s.",
                        report.published(), pipeline.topics().raw().name(),
                        report.failures().size(), pipeline.topics().deadLetter().name()));
                if (exitWhenDone) {
                    return awaitDownstream(feed, report, out);
                }
                printLine(out, "Running. Ctrl-C stops the demo.");
                shutdown.await();
                return 0;
            }
        } finally {
            shutdown.finished();
        }
    }

    private int awaitDownstream(ArticleFeed feed, IngestReport report, PrintWriter out) throws InterruptedException {
        if (feed.awaitIds(report.publishedIds(), timeout)) {
            printLine(out, "All " + report.published() + " article(s) reached the downstream topics.");
            return 0;
        }
        printLine(spec.commandLine().getErr(), "Not every article reached the downstream topics within " + timeout
                + "; see news.dlq for rejected records.");
        return 1;
    }

    private static void printLine(PrintWriter writer, String line) {
        synchronized (writer) {
            writer.println(line);
            writer.flush();
        }
    }
}
