package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Run the sink service: news.enriched -> news.articles, news.mentions.",
            "",
            "news.articles is compacted and keyed by article id (latest state per article); news.mentions is",
            "keyed by entity id. Exactly-once. Ctrl-C stops it."})
public final class SinkCommand extends ServiceCommand {

    @Override
    StreamsService start(Pipeline pipeline, Optional<String> applicationId, Path stateDir) {
        return applicationId.map(id -> pipeline.startSink(id, stateDir)).orElseGet(() -> pipeline.startSink(stateDir));
    }
}
