package io.newsstream.app.runtime;

import io.newsstream.enrich.EngineEnricher;
import io.newsstream.enrich.EnrichTopology;
import io.newsstream.enrich.engine.EnrichmentEngine;
import io.newsstream.ingest.publish.FileIngestor;
import io.newsstream.ingest.publish.IngestReport;
import io.newsstream.ingest.publish.KafkaArticlePublisher;
import io.newsstream.registry.client.SchemaRegistryClients;
import io.newsstream.sink.SinkTopology;
import io.newsstream.stack.TopicProvisioner;
import io.newsstream.topics.Topics;
import io.newsstream.topics.TopicsConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Wires the three services against one Kafka cluster and schema registry. Each service can run
 * in its own process (the {@code ingest}, {@code enrich}, {@code sink} commands) or all in one
 * (the {@code demo} command); both paths build the same topologies through this class.
 */
public final class Pipeline {

    public static final String APPLICATION_ID_PREFIX = "newsstream";
    private static final Duration DEDUP_WINDOW = Duration.ofDays(7);

    private final String bootstrapServers;
    private final Topics topics;
    private final String applicationIdPrefix;

    private Pipeline(String bootstrapServers, Topics topics, String applicationIdPrefix) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.applicationIdPrefix = applicationIdPrefix;
    }

    /** The production pipeline: default topic names and application ids. */
    public static Pipeline connect(String bootstrapServers, String schemaRegistryUrl) {
        return connect(bootstrapServers, schemaRegistryUrl, TopicsConfig.defaults(), APPLICATION_ID_PREFIX);
    }

    /**
     * A pipeline with its own topic names and application ids, e.g. a second deployment on a
     * shared cluster. Nothing is contacted until a service starts.
     */
    public static Pipeline connect(String bootstrapServers, String schemaRegistryUrl,
                                   TopicsConfig topicNames, String applicationIdPrefix) {
        Topics topics = new Topics(topicNames, SchemaRegistryClients.forUrl(schemaRegistryUrl), true);
        return new Pipeline(bootstrapServers, topics, applicationIdPrefix);
    }

    public Topics topics() {
        return topics;
    }


    /** Creates the pipeline's topics where missing; idempotent. */
    public void provisionTopics(Duration timeout) {
        new TopicProvisioner(bootstrapServers, timeout).ensureTopics(TopicSpecs.of(topics));
    }

    private String defaultEnrichApplicationId() {
        return applicationIdPrefix + "-enrich";
    }

    private String defaultSinkApplicationId() {
        return applicationIdPrefix + "-sink";
    }

    public StreamsService startEnrich(Path stateDir) {
        return startEnrich(defaultEnrichApplicationId(), stateDir);
    }

    /**
     * @param applicationId the Kafka Streams application id: its consumer group, state and internal
     *     topics. A new id starts from the beginning of news.raw with empty state: that is how a new
     *     enricher version re-processes history (README, "Re-processing").
     */
    public StreamsService startEnrich(String applicationId, Path stateDir) {
        EngineEnricher enricher = new EngineEnricher(EnrichmentEngine.withBundledKnowledgeBase(), Clock.systemUTC());
        return StreamsService.start("enrich",
                EnrichTopology.build(topics, enricher, DEDUP_WINDOW),
                StreamsProperties.of(applicationId, bootstrapServers, topics.deadLetter().name(), stateDir));
    }

    public StreamsService startSink(Path stateDir) {
        return startSink(defaultSinkApplicationId(), stateDir);
    }

    public StreamsService startSink(String applicationId, Path stateDir) {
        return StreamsService.start("sink",
                SinkTopology.build(topics),
                StreamsProperties.of(applicationId, bootstrapServers, topics.deadLetter().name(), stateDir));
    }

    public IngestReport ingest(List<Path> paths) {
        try (KafkaArticlePublisher publisher = KafkaArticlePublisher.create(bootstrapServers, topics)) {
            return new FileIngestor(publisher, Clock.systemUTC()).ingest(paths);
        }
    }
}
