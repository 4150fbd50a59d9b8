package io.newsstream.registry.api;

import static io.newsstream.registry.api.QueryFlags.flag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsstream.registry.api.ApiResponses.CompatibilityResult;
import io.newsstream.registry.core.SchemaRegistry;
import java.util.List;

/**
 * {@code /compatibility/subjects/{subject}/versions[/{version}]}: tests a schema without
 * registering it. {@code ?verbose=true} adds the incompatibility messages.
 */
final class CompatibilityRoutes {

    private final SchemaRegistry registry;
    private final RequestBodies bodies;

    CompatibilityRoutes(SchemaRegistry registry, RequestBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    void addTo(Javalin app) {
        app.post("/compatibility/subjects/{subject}/versions/{version}", ctx -> {
            SchemaRequest request = request(ctx);
            answer(ctx, registry.checkAgainstVersion(
                    ctx.pathParam("subject"), ctx.pathParam("version"), request.schema(), request.schemaType()));
        });
        app.post("/compatibility/subjects/{subject}/versions", ctx -> {
            SchemaRequest request = request(ctx);
            answer(ctx, registry.checkAgainstSubject(ctx.pathParam("subject"), request.schema(), request.schemaType()));
        });
    }

    private SchemaRequest request(Context ctx) {
        return bodies.read(ctx, SchemaRequest.class, SchemaRequest.EMPTY).requireNoReferences();
    }

    private static void answer(Context ctx, List<String> incompatibilities) {
        ctx.json(new CompatibilityResult(incompatibilities.isEmpty(), flag(ctx, "verbose") ? incompatibilities : null));
    }
}
