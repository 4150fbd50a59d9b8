package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.ingest.publish.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish articles from files and directories to news.raw.",
            "",
            "Each article becomes an Avro RawArticle keyed by its stable id.",
            "Formats: the seed format (body, 'Source link', tag line), JSON lines (.jsonl), plain text.",
            "Unreadable files and lines are reported and sent to news.dlq; the rest still goes in.",
            "Exit code: 0 when everything was read, 3 when some input was rejected."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.connect(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
        pipeline.provisionTopics(Duration.ofSeconds(30));
        IngestReport report = pipeline.ingest(paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.failures().forEach(failure -> err.println("skipped " + failure));
        out.printf("published %d article(s) to %s, %d input(s) rejected to %s%n",
                report.published(), pipeline.topics().raw().name(),
                report.failures().size(), pipeline.topics().deadLetter().name());
        return report.failures().isEmpty() ? 0 : 3;
    }
}
