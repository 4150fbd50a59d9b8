package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import picocli.CommandLine.Command;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Run the sink service: news.enriched -> news.articles (compacted, by article id)",
            "and news.mentions (by entity id). Exactly-once. Ctrl-C stops it."})
public final class SinkCommand extends ServiceCommand {

    @Override
    StreamsService start(Pipeline pipeline, Path stateDir) {
        return pipeline.startSink(stateDir);
    }
}
