package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run the enrich service: news.raw -> news.enriched.",
            "",
            "Drops duplicate content, extracts mentions, tags and quotes. Exactly-once; records that cannot be",
            "deserialized or enriched go to news.dlq with the reason, and processing continues. Ctrl-C stops it."})
public final class EnrichCommand extends ServiceCommand {

    @Override
    StreamsService start(Pipeline pipeline, Optional<String> applicationId, Path stateDir) {
        return applicationId.map(id -> pipeline.startEnrich(id, stateDir)).orElseGet(() -> pipeline.startEnrich(stateDir));
    }
}
