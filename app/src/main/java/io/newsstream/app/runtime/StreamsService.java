package io.newsstream.app.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one topology: starts it, replaces a stream thread that dies of an unexpected error rather
 * than stopping the service, and closes it within a bound. Closing is idempotent and safe from a
 * shutdown hook.
 */
public final class StreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final String applicationId;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private StreamsService(String name, String applicationId, KafkaStreams streams) {
        this.name = name;
        this.applicationId = applicationId;
        this.streams = streams;
    }

    public static StreamsService start(String name, Topology topology, Properties properties) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        StreamsService service = new StreamsService(name, properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG), streams);
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("{}: stream thread failed; replacing it", name, error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                service.stopped.countDown();
            }
        });
        streams.start();
        return service;
    }

    /** The Kafka Streams application id: the consumer group, state and internal topics of this service. */
    public String applicationId() {
        return applicationId;
    }

    public boolean isRunning() {
        return streams.state().isRunningOrRebalancing();
    }

    /** Blocks until the service stops (after {@link #close()} or a fatal error). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }


    @Override
    public void close() {
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("{}: did not stop within {}", name, CLOSE_TIMEOUT);
        }
        stopped.countDown();
    }
}
