package io.newsstream.registry.client;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How {@link HttpSchemaRegistryClient} reaches the registry.
 *
 * @param baseUrls registry URLs tried in order; each may carry a path prefix such as
 *     {@code /apis/ccompat/v7}
 * @param connectTimeout bound on establishing a connection
 * @param requestTimeout bound on one whole request, response included
 * @param maxAttempts how many rounds over all URLs before giving up on connection errors and 5xx
 * @param initialBackoff pause after the first failed round, doubled after each further one
 * @param maxBackoff upper bound on that pause
 */
public record HttpRegistrySettings(
        List<URI> baseUrls,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff) {

    public HttpRegistrySettings {
        baseUrls = List.copyOf(baseUrls);
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("At least one schema registry URL is required");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /**
     * Settings for a comma-separated URL list such as {@code http://a:8081,http://b:8081}, with
     * 5 s connect and 30 s request timeouts and 3 attempts backing off from 200 ms to 2 s.
     */
    public static HttpRegistrySettings forUrls(String commaSeparatedUrls) {
        List<URI> urls = Arrays.stream(commaSeparatedUrls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(HttpRegistrySettings::parseBaseUrl)
                .toList();
        return new HttpRegistrySettings(urls, Duration.ofSeconds(5), Duration.ofSeconds(30), 3,
                Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    public HttpRegistrySettings withTimeouts(Duration connect, Duration request) {
        return new HttpRegistrySettings(baseUrls, connect, request, maxAttempts, initialBackoff, maxBackoff);
    }

    public HttpRegistrySettings withRetries(int attempts, Duration initial, Duration max) {
        return new HttpRegistrySettings(baseUrls, connectTimeout, requestTimeout, attempts, initial, max);
    }

    /** The pause after failed round {@code round} (0-based): exponential, capped at {@link #maxBackoff}. */
    Duration backoffAfter(int round) {
        Duration pause = initialBackoff.multipliedBy(1L << Math.min(round, 20));
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private static URI parseBaseUrl(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("Schema registry URL must be http or https: " + url);
        }
        return uri;
    }
}
