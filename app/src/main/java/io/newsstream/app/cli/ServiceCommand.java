package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A long-running Kafka Streams service: provisions its topics, runs until Ctrl-C, closes cleanly. */
abstract class ServiceCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--state-dir", paramLabel = "DIR",
            defaultValue = "${env:NEWSSTREAM_STATE_DIR:-${sys:java.io.tmpdir}/newsstream-streams}",
            description = "Kafka Streams local state directory (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--application-id", paramLabel = "ID",
            description = "Kafka Streams application id (consumer group, state, internal topics). "
                    + "A new id re-processes news from the start of its input topic (default: newsstream-<service>).")
    String applicationId;

    abstract StreamsService start(Pipeline pipeline, String applicationId, Path stateDir);

    abstract String defaultApplicationId(Pipeline pipeline);

    @Override
    public Integer call() throws InterruptedException {
        Pipeline pipeline = Pipeline.connect(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
        pipeline.provisionTopics(Duration.ofSeconds(30));
        StreamsService service = start(pipeline,
                applicationId != null ? applicationId : defaultApplicationId(pipeline), stateDir);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        service.awaitStop();
        return 0;
    }
}
