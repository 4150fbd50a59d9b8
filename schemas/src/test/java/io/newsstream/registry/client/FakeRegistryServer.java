package io.newsstream.registry.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted stand-in for a schema registry: answers each "METHOD /path" with the responses queued
 * for it, in order, repeating the last one, and records every request it received.
 */
final class FakeRegistryServer implements AutoCloseable {

    record Request(String method, String path, String contentType, String body) {}

    private record Response(int status, String body) {}

    private final HttpServer server;
    private final String basePath;
    private final Map<String, Deque<Response>> script = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeRegistryServer(String basePath) throws IOException {
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(basePath.isEmpty() ? "/" : basePath, this::handle);
        server.start();
    }

    /** A server answering at {@code http://127.0.0.1:<port><basePath>}. */
    static FakeRegistryServer start(String basePath) throws IOException {
        return new FakeRegistryServer(basePath);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    FakeRegistryServer respond(String method, String path, int status, String body) {
        script.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>()).add(new Response(status, body));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(basePath.length());
        String query = exchange.getRequestURI().getRawQuery();
        String fullPath = query == null ? path : path + "?" + query;
        requests.add(new Request(exchange.getRequestMethod(), fullPath,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Response response = next(exchange.getRequestMethod() + " " + fullPath);
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", RegistryTransport.CONTENT_TYPE);
        exchange.sendResponseHeaders(response.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Response next(String key) {
        Deque<Response> queued = script.get(key);
        if (queued == null) {
            return new Response(418, "{\"error_code\":418,\"message\":\"unscripted request " + key + "\"}");
        }
        synchronized (queued) {
            return queued.size() > 1 ? queued.poll() : queued.peek();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
