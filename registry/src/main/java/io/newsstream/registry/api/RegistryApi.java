package io.newsstream.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson;
import io.newsstream.registry.api.ApiResponses.ErrorBody;
import io.newsstream.registry.core.RegistryError;
import io.newsstream.registry.core.RegistryException;
import io.newsstream.registry.core.SchemaRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over a {@link SchemaRegistry}: every answer, errors
 * included, is JSON of type {@value #CONTENT_TYPE}, and every error has Confluent's body
 * {@code {"error_code": N, "message": "..."}}. Paths the API does not have (among them
 * {@code /associations/...}, which Confluent's JS client probes and expects a 404 from) answer 404.
 * A failing request never takes the server down: unexpected exceptions become a 500 and are logged.
 */
public final class RegistryApi {

    /** The media type of the Confluent API; requests may also use {@code application/json} or none. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryApi.class);

    private final ObjectMapper mapper = new ObjectMapper();

    /** Makes Javalin write JSON with this API's mapper. */
    public void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(mapper, false));
    }

    /** Adds the API's routes and error handling to {@code app}. */
    public void addTo(Javalin app, SchemaRegistry registry) {
        RequestBodies bodies = new RequestBodies(mapper);
        app.get("/", ctx -> ctx.json(Map.of()));
        new SubjectRoutes(registry, bodies).addTo(app);
        new SchemaRoutes(registry).addTo(app);
        new ConfigRoutes(registry, bodies).addTo(app);
        new CompatibilityRoutes(registry, bodies).addTo(app);

        app.exception(RegistryException.class, (e, ctx) -> {
            if (e.error().httpStatus() >= 500) {
                LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), e);
            }
            error(ctx, e.error(), e.getMessage());
        });
        app.exception(NotFoundResponse.class, (e, ctx) -> error(ctx, RegistryError.ENDPOINT_NOT_FOUND,
                "HTTP 404 Not Found: no endpoint " + ctx.method() + " " + ctx.path()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
            error(ctx, RegistryError.INTERNAL_ERROR, "Internal error: " + e);
        });
        app.after(ctx -> ctx.contentType(CONTENT_TYPE));
    }

    private static void error(Context ctx, RegistryError error, String message) {
        ctx.status(error.httpStatus()).json(new ErrorBody(error.code(), message));
    }
}
