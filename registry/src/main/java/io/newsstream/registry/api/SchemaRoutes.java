package io.newsstream.registry.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsstream.registry.api.ApiResponses.SchemaText;
import io.newsstream.registry.api.ApiResponses.SubjectVersion;
import io.newsstream.registry.core.AvroSchemaText;
import io.newsstream.registry.core.RegistryError;
import io.newsstream.registry.core.RegistryException;
import io.newsstream.registry.core.SchemaRegistry;
import io.newsstream.registry.store.SchemaVersion;
import java.util.List;

/**
 * {@code /schemas/...}: schemas by global id, as deserialisers fetch them. The {@code ?subject=}
 * parameter some clients add is accepted and not needed: ids are global here.
 */
final class SchemaRoutes {

    private final SchemaRegistry registry;

    SchemaRoutes(SchemaRegistry registry) {
        this.registry = registry;
    }

    void addTo(Javalin app) {
        app.get("/schemas/types", ctx -> ctx.json(List.of(AvroSchemaText.AVRO)));
        app.get("/schemas/ids/{id}", ctx -> ctx.json(new SchemaText(registry.schemaById(id(ctx)))));
        app.get("/schemas/ids/{id}/schema", ctx -> ctx.result(registry.schemaById(id(ctx))));
        app.get("/schemas/ids/{id}/subjects", ctx -> ctx.json(
                registry.versionsOfId(id(ctx)).stream().map(SchemaVersion::subject).distinct().toList()));
        app.get("/schemas/ids/{id}/versions", ctx -> ctx.json(registry.versionsOfId(id(ctx)).stream()
                .map(version -> new SubjectVersion(version.subject(), version.version())).toList()));
    }

    private static int id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException notANumber) {
            throw new RegistryException(RegistryError.SCHEMA_NOT_FOUND, "Schema not found: '" + id + "' is not a schema id");
        }
    }
}
