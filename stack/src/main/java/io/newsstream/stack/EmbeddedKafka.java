package io.newsstream.stack;

import io.newsstream.registry.PortUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one node),
 * running in this JVM.
 *
 * <p>Writes its log segments, KRaft metadata log and {@code server.properties} under the data
 * directory; a chosen directory is kept and a restart on it finds its topics, offsets and
 * cluster id again, a temporary one is deleted on {@link #close()}. Internal topics have
 * replication factor 1, so consumer groups and exactly-once transactions work on the one node;
 * topics are never auto-created.
 *
 * <p>{@link #start()} checks the client port before touching storage, so a taken port fails
 * fast with a one-line {@link PortUnavailableException}. It returns once the broker is
 * unfenced and accepts produce requests. The broker logs through slf4j under {@code kafka} and
 * {@code org.apache.kafka}; the application's logging configuration decides how much of that
 * is shown (WARN keeps it readable).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String DATA_DIR_PREFIX = "newsstream-kafka-";

    private final EmbeddedKafkaConfig config;
    private DataDirectory dataDirectory;
    private KafkaRaftServer server;
    private String bootstrapServers;

    public EmbeddedKafka(EmbeddedKafkaConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Formats storage if needed and starts the broker; blocks until it serves clients.
     *
     * @throws PortUnavailableException if the configured client port is taken
     * @throws IllegalStateException if already started
     */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("Kafka is already running at " + bootstrapServers);
        }
        long startNanos = System.nanoTime();
        int port = Ports.resolve(config.host(), config.port(), "Kafka", "--kafka-port");
        int controllerPort = Ports.freePort(config.host());
        dataDirectory = DataDirectory.open(config.dataDir(), DATA_DIR_PREFIX);
        try {
            Path logDir = dataDirectory.path().resolve("logs");
            Map<String, String> props =
                    BrokerProperties.singleNode(config.host(), port, controllerPort, logDir);
            String clusterId = KafkaStorage.format(dataDirectory.path(), logDir, props);
            server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
            server.startup();
            bootstrapServers = config.host() + ":" + port;
            log.info(
                    "Kafka {} (cluster {}) ready in {} ms, data in {}",
                    bootstrapServers,
                    clusterId,
                    Duration.ofNanos(System.nanoTime() - startNanos).toMillis(),
                    dataDirectory.path());
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("Kafka is not running; call start() first");
        }
        return bootstrapServers;
    }

    /** The directory holding the broker's files. */
    public synchronized Path dataDir() {
        if (dataDirectory == null) {
            throw new IllegalStateException("Kafka is not running; call start() first");
        }
        return dataDirectory.path();
    }

    /**
     * Stops the broker, waits for it to finish, and deletes a temporary data directory. Does
     * nothing if not running; safe to call more than once and from a shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
        bootstrapServers = null;
        if (dataDirectory != null) {
            dataDirectory.close();
            dataDirectory = null;
        }
    }
}
