package io.newsstream.registry.api;

import io.javalin.http.Context;

/** The boolean query parameters of the API ({@code ?deleted=true}, {@code ?permanent=true}, ...). */
final class QueryFlags {

    private QueryFlags() {
    }

    static boolean flag(Context ctx, String name) {
        return Boolean.parseBoolean(ctx.queryParam(name));
    }
}
