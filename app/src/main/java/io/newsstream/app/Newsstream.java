package io.newsstream.app;

import io.newsstream.app.cli.BenchCommand;
import io.newsstream.app.cli.DemoCommand;
import io.newsstream.app.cli.EnrichCommand;
import io.newsstream.app.cli.EnrichFileCommand;
import io.newsstream.app.cli.EvalCommand;
import io.newsstream.app.cli.IngestCommand;
import io.newsstream.app.cli.SinkCommand;
import io.newsstream.app.cli.StackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsstream} command line: one entry point for the demo, the stack and each service. */
@Command(name = "newsstream",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Event-streaming news pipeline on Apache Kafka.",
            "",
            "  files -> ingest -> news.raw -> enrich -> news.enriched -> sink -> news.articles, news.mentions",
            "",
            "Start with: newsstream demo"},
        subcommands = {
            DemoCommand.class,
            StackCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            EnrichFileCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Newsstream {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Newsstream())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setUsageHelpWidth(110);
    }
}
