package io.newsstream.stack;

import io.newsstream.registry.PortUnavailableException;
import io.newsstream.registry.RegistryServerConfig;
import io.newsstream.registry.SchemaRegistryServer;
import io.newsstream.registry.store.KafkaSchemaStore;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform in one JVM: an {@link EmbeddedKafka} broker and the Confluent-compatible
 * schema registry, whose schemas live in the broker's compacted {@code _schemas} topic.
 *
 * <p>Keeps its files under one data directory: the broker's in {@code kafka/}, and other
 * components (such as Kafka Streams state) may add their own next to it. With a kept data
 * directory, topics, committed offsets and schema ids all survive a restart: a schema
 * registered before answers under the same id after, and new schemas get higher ids. The
 * registry port is checked before anything starts and the Kafka port before the broker
 * starts, so a taken port fails fast with a one-line {@link PortUnavailableException}.
 * {@link #close()} stops the registry before the broker it writes to; it is idempotent and
 * safe to call from a shutdown hook.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);
    private static final String DATA_DIR_PREFIX = "newsstream-stack-";
    private static final Duration REGISTRY_STORE_TIMEOUT = Duration.ofSeconds(30);
    private static final String REGISTRY = "schema registry";
    private static final String REGISTRY_PORT_OPTION = "--registry-port";

    private final DataDirectory dataDirectory;
    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private boolean closed;

    private EmbeddedStack(
            DataDirectory dataDirectory, EmbeddedKafka kafka, SchemaRegistryServer registry) {
        this.dataDirectory = dataDirectory;
        this.kafka = kafka;
        this.registry = registry;
    }

    /**
     * Starts Kafka, then the registry on top of it; blocks until both serve requests.
     *
     * @throws PortUnavailableException if the Kafka or registry port is taken
     */
    public static EmbeddedStack start(StackConfig config) {
        long startNanos = System.nanoTime();
        Ports.requireFree(config.host(), config.registryPort(), REGISTRY, REGISTRY_PORT_OPTION);
        DataDirectory dataDirectory = DataDirectory.open(config.dataDir(), DATA_DIR_PREFIX);
        EmbeddedKafka kafka =
                new EmbeddedKafka(
                        new EmbeddedKafkaConfig(
                                config.host(),
                                config.kafkaPort(),
                                dataDirectory.path().resolve("kafka")));
        try {
            kafka.start();
            EmbeddedStack stack =
                    new EmbeddedStack(dataDirectory, kafka, startRegistry(config, kafka));
            log.info(
                    "Stack ready in {} ms: Kafka {}, schema registry {}, data in {}",
                    Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                    stack.bootstrapServers(),
                    stack.schemaRegistryUrl(),
                    stack.dataDir());
            return stack;
        } catch (RuntimeException e) {
            kafka.close();
            dataDirectory.close();
            throw e;
        }
    }

    private static SchemaRegistryServer startRegistry(StackConfig config, EmbeddedKafka kafka) {
        KafkaSchemaStore store =
                KafkaSchemaStore.open(
                        kafka.bootstrapServers(),
                        KafkaSchemaStore.DEFAULT_TOPIC,
                        REGISTRY_STORE_TIMEOUT);
        try {
            return SchemaRegistryServer.start(
                    new RegistryServerConfig(config.host(), config.registryPort(), store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The registry's base URL, e.g. {@code http://127.0.0.1:8081}, for {@code schema.registry.url}. */
    public String schemaRegistryUrl() {
        return registry.url().toString();
    }

    /** The directory holding the stack's files; deleted on close if it is temporary. */
    public Path dataDir() {
        return dataDirectory.path();
    }

    /** Stops the registry, then Kafka, then deletes a temporary data directory; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            registry.close();
        } finally {
            kafka.close();
            dataDirectory.close();
        }
    }
}
