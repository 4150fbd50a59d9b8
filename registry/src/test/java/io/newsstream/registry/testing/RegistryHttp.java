package io.newsstream.registry.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bare HTTP client for registry tests: sends exactly the method, path, headers and body given, so
 * tests can replay what real clients send, header quirks included.
 */
public final class RegistryHttp {

    public static final String REGISTRY_JSON = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<URI> base;

    /** A client for the registry at {@code base}, which may carry a path prefix such as Apicurio's {@code /apis/ccompat/v7}. */
    public RegistryHttp(URI base) {
        this(() -> base);
    }

    /** A client for a registry whose address is known only once it runs, as with {@link RunningRegistry}. */
    public RegistryHttp(Supplier<URI> base) {
        this.base = base;
    }

    /** An answer: status, body and Content-Type. */
    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public int errorCode() {
            return json().path("error_code").asInt();
        }
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of("Accept", REGISTRY_JSON));
    }

    public Response delete(String path) {
        return send("DELETE", path, null, Map.of("Accept", REGISTRY_JSON));
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), Map.of("Content-Type", REGISTRY_JSON));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json(body), Map.of("Content-Type", REGISTRY_JSON));
    }

    /** Registers {@code schema} under {@code subject} and returns the answer. */
    public Response register(String subject, String schema) {
        return post("/subjects/" + subject + "/versions", Map.of("schema", schema));
    }

    /** Sends a request with exactly these headers; a {@code null} body sends none. */
    public Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.get().toString().replaceAll("/+$", "") + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String json(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
