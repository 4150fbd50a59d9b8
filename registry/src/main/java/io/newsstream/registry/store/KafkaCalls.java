package io.newsstream.registry.store;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Bounded waits on Kafka client futures, turning every failure into a {@link SchemaStoreException} that says what was tried. */
final class KafkaCalls {

    private KafkaCalls() {
    }

    /**
     * Waits for {@code future}.
     *
     * @param action what the call does, completing "Could not ..."
     */
    static <T> T await(Future<T> future, Duration timeout, String action) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw timedOut(action, timeout, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw timedOut(action, timeout, e.getCause());
            }
            throw new SchemaStoreException("Could not " + action + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaStoreException("Interrupted while trying to " + action + ".", e);
        }
    }

    static SchemaStoreException timedOut(String action, Duration timeout, Throwable cause) {
        return new SchemaStoreException("Could not " + action + " within " + timeout.toSeconds() + " s.", cause);
    }

    /** Settings every client of the store shares: where Kafka is and how long a call may take. */
    static Properties clientConfig(String bootstrapServers, Duration timeout) {
        Properties config = new Properties();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return config;
    }
}
