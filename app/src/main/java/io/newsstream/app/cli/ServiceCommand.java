package io.newsstream.app.cli;

import io.newsstream.app.runtime.Pipeline;
import io.newsstream.app.runtime.StreamsService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    /** Starts the service under {@code applicationId}, or under its default id when that is empty. */
    abstract StreamsService start(Pipeline pipeline, Optional<String> applicationId, Path stateDir);

    @Override
    public Integer call() throws InterruptedException {
        Pipeline pipeline = Pipeline.connect(cluster.bootstrapServers(), cluster.schemaRegistryUrl());
        pipeline.provisionTopics(Duration.ofSeconds(30));
        StreamsService service = start(pipeline, Optional.ofNullable(applicationId), stateDir);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "shutdown"));
        spec.commandLine().getOut().printf("%s running as application %s on Kafka %s, schema registry %s. Ctrl-C stops it.%n",
                spec.name(), service.applicationId(), cluster.bootstrapServers(), cluster.schemaRegistryUrl());
        spec.commandLine().getOut().flush();
        service.awaitStop();
        return 0;
    }
}
