package io.newsstream.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.newsstream.registry.core.RegistryError;
import io.newsstream.registry.core.RegistryException;

/**
 * Reads JSON request bodies whatever the request's Content-Type says (clients send
 * {@code application/vnd.schemaregistry.v1+json}, {@code application/json} or nothing), turning
 * malformed JSON into a 400 with the parser's explanation.
 */
final class RequestBodies {

    private final ObjectMapper mapper;

    RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as {@code type}, or {@code whenEmpty} for a request without a body. */
    <T> T read(Context ctx, Class<T> type, T whenEmpty) {
        String body = ctx.body();
        if (body.isBlank()) {
            return whenEmpty;
        }
        try {
            T value = mapper.readValue(body, type);
            return value == null ? whenEmpty : value;
        } catch (JsonProcessingException e) {
            throw new RegistryException(RegistryError.MALFORMED_REQUEST,
                    "Malformed JSON request body: " + e.getOriginalMessage(), e);
        }
    }
}
