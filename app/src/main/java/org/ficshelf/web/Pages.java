package org.ficshelf.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.ficshelf.catalog.CatalogStats;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;

/** The reader's pages: home, search, tags, works, downloads and the adult-content interstitial. */
final class Pages {
    /** How many recent works the home page lists. */
    static final int RECENT = 10;
    /** How many fandoms the home page's index lists before "all fandoms". */
    static final int HOME_FANDOMS = 30;

    private Pages() {
    }

    static void register(RoutesConfig routes, Site site) {
        routes.get("/", ctx -> home(site, ctx));
        routes.get("/fandoms", ctx -> fandoms(site, ctx));
        routes.get("/search", ctx -> SearchPage.search(site, ctx));
        routes.get("/tags/{type}/<name>", ctx -> SearchPage.tag(site, ctx));
        routes.get("/works/{id}", ctx -> WorkPage.first(site, ctx));
        routes.get("/works/{id}/chapters/{n}", ctx -> WorkPage.chapter(site, ctx));
        routes.get("/works/{id}/full", ctx -> WorkPage.full(site, ctx));
        routes.get("/works/{id}/download/{format}", ctx -> Downloads.download(site, ctx));
        routes.post("/adult-consent", ctx -> AdultGate.consent(site, ctx));
    }

    private static void home(Site site, Context ctx) throws IOException {
        CatalogStats stats = site.stats();
        SearchResult recent = site.archive().search(SearchQuery.builder("")
                .sort(SearchSort.by(SearchSort.Key.ADDED)).pageSize(RECENT).build());
        WebApp.html(ctx, site.templates().render("home.jte", Map.of("site", site, "stats", stats,
                "recent", Blurb.of(site.archive(), recent.hits()), "fandomLimit", HOME_FANDOMS)));
    }

    private static void fandoms(Site site, Context ctx) throws IOException {
        WebApp.html(ctx, site.templates().render("fandoms.jte",
                Map.of("site", site, "fandoms", site.stats().byFandom())));
    }
}
