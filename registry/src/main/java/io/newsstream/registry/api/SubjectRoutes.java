package io.newsstream.registry.api;

import static io.newsstream.registry.api.QueryFlags.flag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsstream.registry.api.ApiResponses.RegisteredId;
import io.newsstream.registry.api.ApiResponses.VersionBody;
import io.newsstream.registry.core.SchemaRegistry;

/** {@code /subjects/...}: listing, registering, looking up and deleting subject versions. */
final class SubjectRoutes {

    private final SchemaRegistry registry;
    private final RequestBodies bodies;

    SubjectRoutes(SchemaRegistry registry, RequestBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    void addTo(Javalin app) {
        app.get("/subjects", ctx -> ctx.json(registry.subjects(flag(ctx, "deleted"))));
        app.post("/subjects/{subject}", this::lookup);
        app.delete("/subjects/{subject}",
                ctx -> ctx.json(registry.deleteSubject(subject(ctx), flag(ctx, "permanent"))));
        app.get("/subjects/{subject}/versions",
                ctx -> ctx.json(registry.versions(subject(ctx), flag(ctx, "deleted"))));
        app.post("/subjects/{subject}/versions", this::register);
        app.get("/subjects/{subject}/versions/{version}",
                ctx -> ctx.json(VersionBody.of(registry.version(subject(ctx), version(ctx), flag(ctx, "deleted")))));
        app.get("/subjects/{subject}/versions/{version}/schema",
                ctx -> ctx.result(registry.version(subject(ctx), version(ctx), flag(ctx, "deleted")).schema()));
        app.delete("/subjects/{subject}/versions/{version}",
                ctx -> ctx.json(registry.deleteVersion(subject(ctx), version(ctx), flag(ctx, "permanent"))));
    }

    private void register(Context ctx) {
        SchemaRequest request = bodies.read(ctx, SchemaRequest.class, SchemaRequest.EMPTY).requireNoReferences();
        ctx.json(new RegisteredId(registry.register(subject(ctx), request.schema(), request.schemaType())));
    }

    private void lookup(Context ctx) {
        SchemaRequest request = bodies.read(ctx, SchemaRequest.class, SchemaRequest.EMPTY).requireNoReferences();
        ctx.json(VersionBody.of(
                registry.lookup(subject(ctx), request.schema(), request.schemaType(), flag(ctx, "deleted"))));
    }

    private static String subject(Context ctx) {
        return ctx.pathParam("subject");
    }

    private static String version(Context ctx) {
        return ctx.pathParam("version");
    }
}
