package io.newsstream.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one registry REST call with failover and retries: each round tries the base URLs in order,
 * moving on after a connection error, timeout or 5xx; failed rounds are retried after an
 * exponential backoff up to {@link HttpRegistrySettings#maxAttempts()}. A 4xx is the registry's
 * final answer and is thrown at once, carrying its {@code error_code}.
 */
final class RegistryTransport {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryTransport.class);

    private final HttpRegistrySettings settings;
    private final HttpClient http;
    private final ObjectMapper json;

    RegistryTransport(HttpRegistrySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    /**
     * Performs {@code method path} and returns the parsed JSON response.
     *
     * @param body request body, or null for none
     * @param about what the call concerns (e.g. "subject 'news.raw-value'"), quoted in error messages
     */
    JsonNode call(String method, String path, String body, String about) {
        String lastFailure = "";
        int lastStatus = 0;
        for (int round = 0; round < settings.maxAttempts(); round++) {
            if (round > 0) {
                pause(settings.backoffAfter(round - 1), method, path);
            }
            for (URI baseUrl : settings.baseUrls()) {
                HttpResponse<String> response;
                try {
                    response = http.send(request(baseUrl, method, path, body), HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    lastFailure = baseUrl + ": " + e;
                    lastStatus = 0;
                    LOG.warn("Schema registry {} unreachable for {} {} ({}); trying next", baseUrl, method, path, e.toString());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryException(0, 0, "Interrupted calling schema registry " + baseUrl, e);
                }
                if (response.statusCode() >= 500) {
                    lastFailure = baseUrl + ": HTTP " + response.statusCode() + " " + response.body();
                    lastStatus = response.statusCode();
                    LOG.warn("Schema registry {} answered {} {} with HTTP {}; trying next",
                            baseUrl, method, path, response.statusCode());
                    continue;
                }
                return parse(baseUrl, method, path, about, response);
            }
        }
        throw new SchemaRegistryException(lastStatus, 0, "Schema registry failed " + method + " " + path + " for "
                + about + " after " + settings.maxAttempts() + " attempt(s) over " + settings.baseUrls()
                + "; last failure: " + lastFailure);
    }

    private HttpRequest request(URI baseUrl, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(settings.requestTimeout())
                .header("Accept", ACCEPT)
                .header("Content-Type", CONTENT_TYPE)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private JsonNode parse(URI baseUrl, String method, String path, String about, HttpResponse<String> response) {
        JsonNode tree;
        try {
            tree = json.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException(response.statusCode(), 0, "Schema registry " + baseUrl + " answered "
                    + method + " " + path + " for " + about + " with HTTP " + response.statusCode()
                    + " and a body that is not JSON: " + abbreviate(response.body()), e);
        }
        if (response.statusCode() >= 400) {
            int errorCode = tree.path("error_code").asInt(0);
            throw new SchemaRegistryException(response.statusCode(), errorCode, "Schema registry " + baseUrl
                    + " rejected " + method + " " + path + " for " + about + ": HTTP " + response.statusCode()
                    + ", error_code " + errorCode + ": " + tree.path("message").asText(abbreviate(response.body())));
        }
        return tree;
    }

    private static void pause(Duration backoff, String method, String path) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(0, 0, "Interrupted while backing off before retrying " + method + " " + path, e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
