package org.ficshelf.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.TagType;

/**
 * The JSON API under {@code /api}: a search with the pages' parameters ({@link SearchParams}),
 * a work's record (the spec's contract plus its id) and a search's facet counts. Refusals are
 * RFC 9457 problem documents ({@link WebApp#problem}).
 */
final class ApiRoutes {
    static final String JSON = "application/json; charset=utf-8";
    /** Search answers may change with the next import: caches keep them briefly. */
    private static final String SEARCH_CACHE = "public, max-age=60";
    /** A work's record changes only when the archive is rebuilt. */
    private static final String WORK_CACHE = "public, max-age=300";
    /** Most values counted per tag type by {@code /api/facets}. */
    static final int MAX_FACET_LIMIT = 1000;
    private static final int LONGEST_ID = 19;
    private static final List<String> PATHS = List.of("/api", "/api/search", "/api/works/{id}",
            "/api/facets");

    private ApiRoutes() {
    }

    static void register(RoutesConfig routes, Site site) {
        read(routes, "/api", ApiRoutes::index);
        read(routes, "/api/search", ctx -> search(site, ctx));
        read(routes, "/api/works/{id}", ctx -> work(site, ctx));
        read(routes, "/api/facets", ctx -> facets(site, ctx));
        for (String path : PATHS) {
            routes.post(path, ApiRoutes::notAllowed);
            routes.put(path, ApiRoutes::notAllowed);
            routes.patch(path, ApiRoutes::notAllowed);
            routes.delete(path, ApiRoutes::notAllowed);
        }
    }

    /** Serves {@code path} to GET and to HEAD (the same headers, no body). */
    static void read(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** What the API offers, as links. */
    private static void index(Context ctx) {
        ObjectNode doc = ApiJson.object();
        ObjectNode links = doc.putObject("links");
        links.put("search", "/api/search?q={q}");
        links.put("work", "/api/works/{id}");
        links.put("facets", "/api/facets?q={q}");
        links.put("opds", "/opds");
        answer(ctx, doc, SEARCH_CACHE);
    }

    private static void search(Site site, Context ctx) throws IOException {
        Map<String, List<String>> params = ctx.queryParamMap();
        SearchResult result = site.archive().search(SearchParams.query(params));
        ObjectNode doc = ApiJson.object();
        doc.put("total", result.total());
        ArrayNode hits = doc.putArray("hits");
        for (SearchResult.Hit hit : result.hits()) {
            hits.add(ApiJson.hit(hit, site.archive().work(hit.id()).orElse(null)));
        }
        doc.set("facets", ApiJson.facets(result.facets()));
        doc.put("next", result.nextCursor());
        ObjectNode links = doc.putObject("links");
        links.put("self", ApiLinks.self("/api/search", params));
        links.put("first", ApiLinks.withCursor("/api/search", params, null));
        if (result.nextCursor() == null) {
            links.putNull("next");
        } else {
            links.put("next", ApiLinks.withCursor("/api/search", params, result.nextCursor()));
        }
        answer(ctx, doc, SEARCH_CACHE);
    }

    private static void work(Site site, Context ctx) throws IOException {
        long id = id(ctx.pathParam("id"));
        Optional<StoredWork> stored = site.archive().work(id);
        if (stored.isEmpty()) {
            throw HttpProblem.notFound("there is no work " + id);
        }
        answer(ctx, ApiJson.work(stored.get()), WORK_CACHE);
    }

    /**
     * The facet counts of a search: every tag type, or those named by {@code type} (repeatable),
     * {@code limit} values each (default 20, at most 1000).
     */
    private static void facets(Site site, Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        SearchQuery q = SearchParams.query(params);
        SearchQuery counted = new SearchQuery(q.text(), q.include(), q.exclude(), q.words(), q.language(),
                q.complete(), q.crossover(), q.sort(), 1, null, facetTypes(params), facetLimit(params));
        SearchResult result = site.archive().search(counted);
        ObjectNode doc = ApiJson.object();
        doc.put("total", result.total());
        doc.set("facets", ApiJson.facets(result.facets()));
        answer(ctx, doc, SEARCH_CACHE);
    }

    private static Set<TagType> facetTypes(Map<String, List<String>> params) {
        List<String> named = params.getOrDefault("type", List.of()).stream().filter(v -> !v.isBlank())
                .toList();
        if (named.isEmpty()) {
            return EnumSet.allOf(TagType.class);
        }
        Set<TagType> types = EnumSet.noneOf(TagType.class);
        for (String t : named) {
            types.add(TagType.fromKey(t));
        }
        return types;
    }

    private static int facetLimit(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault("limit", List.of());
        if (values.isEmpty() || values.get(values.size() - 1).isBlank()) {
            return SearchQuery.DEFAULT_FACET_LIMIT;
        }
        String v = values.get(values.size() - 1).strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_FACET_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw HttpProblem.badRequest("limit must be a number from 1 to " + MAX_FACET_LIMIT);
    }

    /** A work id from the path: digits only, else a 400. */
    static long id(String text) {
        if (text.isEmpty() || text.length() > LONGEST_ID
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProblem.badRequest("a work id is a positive whole number");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("a work id is a positive whole number");
        }
    }

    private static void notAllowed(Context ctx) {
        ctx.header("Allow", "GET, HEAD");
        throw new HttpProblem(405, "Method not allowed", ctx.method() + " is not supported on " + ctx.path());
    }

    private static void answer(Context ctx, ObjectNode doc, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.contentType(JSON);
        ctx.result(ApiJson.bytes(doc));
    }
}
