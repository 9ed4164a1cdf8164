package org.ficshelf.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** The reader's pages: home, search, works, tags. */
final class Pages {
    private Pages() {
    }

    static void register(RoutesConfig routes, Site site) {
        routes.get("/", ctx -> home(site, ctx));
    }

    private static void home(Site site, Context ctx) throws IOException {
        WebApp.html(ctx,
                site.templates().render("home.jte", Map.of("site", site, "stats", site.archive().stats())));
    }
}
