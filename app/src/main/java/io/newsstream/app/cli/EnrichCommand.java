package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import picocli.CommandLine.Command;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich service: news.raw -> dedup -> mentions, tags, quotes -> news.enriched.",
            "Exactly-once; undeserializable or failing records go to news.dlq with the reason. Ctrl-C stops it."})
public final class EnrichCommand extends ServiceCommand {

    @Override
    StreamsService start(Pipeline pipeline, Path stateDir) {
        return pipeline.startEnrich(stateDir);
    }
}
