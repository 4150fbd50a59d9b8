package io.newsstream.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks to the schema registry over HTTP the way Confluent's clients do. */
final class RegistryHttp {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    RegistryHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Registers an Avro schema under {@code subject} and returns its global id. */
    int register(String subject, String avroSchema) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("schema", avroSchema));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(baseUrl + "/subjects/" + subject + "/versions"))
                        .header("Content-Type", CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return send(request).get("id").asInt();
    }

    /** The schema text registered under global {@code id}. */
    String schemaById(int id) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(baseUrl + "/schemas/ids/" + id)).build();
        return send(request).get("schema").asText();
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(
                    "%s %s answered %d: %s"
                            .formatted(
                                    request.method(),
                                    request.uri(),
                                    response.statusCode(),
                                    response.body()));
        }
        return JSON.readTree(response.body());
    }
}
