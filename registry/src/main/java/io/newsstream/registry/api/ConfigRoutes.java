package io.newsstream.registry.api;

import static io.newsstream.registry.api.QueryFlags.flag;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsstream.registry.api.ApiResponses.CompatibilityLevelBody;
import io.newsstream.registry.api.ApiResponses.CompatibilityUpdate;
import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.client.SchemaRegistryException;
import io.newsstream.registry.core.RegistryError;
import io.newsstream.registry.core.RegistryException;
import io.newsstream.registry.core.SchemaRegistry;

/**
 * {@code /config} and {@code /config/{subject}}: compatibility levels. As in Confluent,
 * {@code GET /config/{subject}} reports only a level set on the subject itself (404, 40408
 * otherwise) unless {@code ?defaultToGlobal=true}; clients such as kafkajs rely on that 404.
 */
final class ConfigRoutes {

    private final SchemaRegistry registry;
    private final RequestBodies bodies;

    ConfigRoutes(SchemaRegistry registry, RequestBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    void addTo(Javalin app) {
        app.get("/config", ctx -> ctx.json(levelBody(registry.globalCompatibility())));
        app.put("/config", ctx -> {
            CompatibilityLevel level = requestedLevel(ctx);
            registry.setGlobalCompatibility(level);
            ctx.json(new CompatibilityUpdate(level.name()));
        });
        app.delete("/config", ctx -> ctx.json(levelBody(registry.resetGlobalCompatibility())));
        app.get("/config/{subject}", this::subjectLevel);
        app.put("/config/{subject}", ctx -> {
            CompatibilityLevel level = requestedLevel(ctx);
            registry.setSubjectCompatibility(subject(ctx), level);
            ctx.json(new CompatibilityUpdate(level.name()));
        });
        app.delete("/config/{subject}", ctx -> ctx.json(levelBody(registry.deleteSubjectCompatibility(subject(ctx)))));
    }

    private void subjectLevel(Context ctx) {
        String subject = subject(ctx);
        CompatibilityLevel level = registry.subjectCompatibility(subject).orElseGet(() -> {
            if (flag(ctx, "defaultToGlobal")) {
                return registry.globalCompatibility();
            }
            throw SchemaRegistry.subjectCompatibilityNotConfigured(subject);
        });
        ctx.json(levelBody(level));
    }

    private CompatibilityLevel requestedLevel(Context ctx) {
        String requested = bodies.read(ctx, CompatibilityUpdate.class, new CompatibilityUpdate(null)).compatibility();
        try {
            return CompatibilityLevel.parse(requested);
        } catch (SchemaRegistryException e) {
            throw new RegistryException(RegistryError.INVALID_COMPATIBILITY_LEVEL, e.getMessage(), e);
        }
    }

    private static CompatibilityLevelBody levelBody(CompatibilityLevel level) {
        return new CompatibilityLevelBody(level.name());
    }

    private static String subject(Context ctx) {
        return ctx.pathParam("subject");
    }
}
