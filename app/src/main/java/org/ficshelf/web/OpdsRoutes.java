package org.ficshelf.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * The OPDS 1.2 catalog under {@code /opds}, for e-reader apps: a root navigation feed; recent
 * works, a fandom's works, a rating's works and search results as paged acquisition feeds (each
 * work with its EPUB); the fandoms and the ratings as navigation feeds; the OpenSearch
 * description that tells a reader app how to search.
 */
final class OpdsRoutes {
    /** The five ratings, in AO3's order. */
    static final List<String> RATINGS = List.of("General Audiences", "Teen And Up Audiences", "Mature",
            "Explicit", "Not Rated");
    private static final String CACHE = "public, max-age=60";
    /** Fandoms listed per page of the fandom index. */
    static final int FANDOMS_PER_PAGE = 100;
    /** Deepest page of the fandom index (a bound, not a limit any archive reaches). */
    private static final int MAX_PAGE = 10_000;
    private static final SearchSort NEWEST = SearchSort.by(SearchSort.Key.ADDED);

    private OpdsRoutes() {
    }

    static void register(RoutesConfig routes, Site site) {
        ApiRoutes.read(routes, "/opds", ctx -> root(site, ctx));
        ApiRoutes.read(routes, "/opds/recent", ctx -> works(site, ctx, recent(ctx)));
        ApiRoutes.read(routes, "/opds/fandoms", ctx -> fandoms(site, ctx));
        ApiRoutes.read(routes, "/opds/fandoms/{name}", ctx -> works(site, ctx, fandom(ctx)));
        ApiRoutes.read(routes, "/opds/ratings", ctx -> ratings(site, ctx));
        ApiRoutes.read(routes, "/opds/ratings/{rating}", ctx -> works(site, ctx, rating(ctx)));
        ApiRoutes.read(routes, "/opds/search", ctx -> works(site, ctx, search(ctx)));
        ApiRoutes.read(routes, "/opds/opensearch.xml", ctx -> openSearch(site, ctx));
    }

    /** What an acquisition feed shows: its id, title, query and the path of its first page. */
    private record Listing(String id, String title, String path, SearchQuery query) {
    }

    private static void root(Site site, Context ctx) {
        Instant now = Instant.now();
        OpdsFeed f = OpdsFeed.start(OpdsFeed.NAVIGATION, "urn:ficshelf:opds", site.name(), now, "/opds",
                site.name());
        f.navigation("urn:ficshelf:opds:recent", "Recent works", now, OpdsFeed.SORT_NEW, "/opds/recent",
                OpdsFeed.ACQUISITION, "The works added last, newest first.", -1);
        f.navigation("urn:ficshelf:opds:fandoms", "By fandom", now, OpdsFeed.SUBSECTION, "/opds/fandoms",
                OpdsFeed.NAVIGATION, "Every fandom of the archive, with its works.", -1);
        f.navigation("urn:ficshelf:opds:ratings", "By rating", now, OpdsFeed.SUBSECTION, "/opds/ratings",
                OpdsFeed.NAVIGATION, "Works by their rating, General Audiences to Explicit.", -1);
        f.navigation("urn:ficshelf:opds:title", "All works by title", now, OpdsFeed.SUBSECTION,
                "/opds/search?sort=title", OpdsFeed.ACQUISITION, "Every work, A to Z.", -1);
        answer(ctx, f);
    }

    private static Listing recent(Context ctx) {
        SearchQuery q = feedQuery(SearchParams.query(ctx.queryParamMap()), null, true);
        return new Listing("urn:ficshelf:opds:recent", "Recent works", "/opds/recent", q);
    }

    private static Listing fandom(Context ctx) {
        String name = ctx.pathParam("name");
        SearchQuery q = feedQuery(SearchParams.query(ctx.queryParamMap()),
                new TagFilter(TagType.FANDOM, name), true);
        return new Listing("urn:ficshelf:opds:fandom:" + ApiLinks.segment(name), name,
                "/opds/fandoms/" + ApiLinks.segment(name), q);
    }

    private static Listing rating(Context ctx) {
        String given = ctx.pathParam("rating");
        String name = ratingNamed(given);
        SearchQuery q = feedQuery(SearchParams.query(ctx.queryParamMap()),
                new TagFilter(TagType.RATING, name), true);
        return new Listing("urn:ficshelf:opds:rating:" + ApiLinks.segment(name), name,
                "/opds/ratings/" + ApiLinks.segment(name), q);
    }

    private static Listing search(Context ctx) {
        SearchQuery q = feedQuery(SearchParams.query(ctx.queryParamMap()), null, false);
        String title = q.text().isBlank() ? "All works" : "Search: " + q.text();
        return new Listing("urn:ficshelf:opds:search:" + ApiLinks.query(q.text()), title, "/opds/search", q);
    }

    /** One page of works as an acquisition feed, with first and next links. */
    private static void works(Site site, Context ctx, Listing listing) throws IOException {
        SearchQuery q = listing.query();
        SearchResult result = site.archive().search(q);
        List<StoredWork> works = new ArrayList<>(result.hits().size());
        Instant updated = Instant.EPOCH;
        for (SearchResult.Hit hit : result.hits()) {
            Optional<StoredWork> w = site.archive().work(hit.id());
            if (w.isPresent()) {
                works.add(w.get());
                Instant added = OpdsFeed.added(w.get());
                updated = added.isAfter(updated) ? added : updated;
            }
        }
        Map<String, List<String>> params = params(ctx);
        OpdsFeed f = OpdsFeed.start(OpdsFeed.ACQUISITION, listing.id(), listing.title(),
                works.isEmpty() ? Instant.now() : updated, ApiLinks.self(listing.path(), params),
                site.name());
        f.link("up", "/opds", OpdsFeed.NAVIGATION);
        f.link("first", ApiLinks.withCursor(listing.path(), params, null), OpdsFeed.ACQUISITION);
        if (result.nextCursor() != null) {
            f.link("next", ApiLinks.withCursor(listing.path(), params, result.nextCursor()),
                    OpdsFeed.ACQUISITION);
        }
        f.counts(result.total(), q.pageSize());
        works.forEach(f::work);
        answer(ctx, f);
    }

    /** The fandoms as a navigation feed, most works first, a page at a time ({@code page}). */
    private static void fandoms(Site site, Context ctx) throws IOException {
        int page = page(ctx);
        List<Map.Entry<String, Long>> all = new ArrayList<>(site.stats().byFandom().entrySet());
        all.removeIf(e -> e.getKey().equals("(none)"));
        int from = Math.min(all.size(), (page - 1) * FANDOMS_PER_PAGE);
        int to = Math.min(all.size(), from + FANDOMS_PER_PAGE);
        Instant now = Instant.now();
        String self = page == 1 ? "/opds/fandoms" : "/opds/fandoms?page=" + page;
        OpdsFeed f = OpdsFeed.start(OpdsFeed.NAVIGATION, "urn:ficshelf:opds:fandoms", "By fandom", now, self,
                site.name());
        f.link("up", "/opds", OpdsFeed.NAVIGATION);
        f.link("first", "/opds/fandoms", OpdsFeed.NAVIGATION);
        if (to < all.size()) {
            f.link("next", "/opds/fandoms?page=" + (page + 1), OpdsFeed.NAVIGATION);
        }
        for (Map.Entry<String, Long> e : all.subList(from, to)) {
            String seg = ApiLinks.segment(e.getKey());
            f.navigation("urn:ficshelf:opds:fandom:" + seg, e.getKey(), now, OpdsFeed.SUBSECTION,
                    "/opds/fandoms/" + seg, OpdsFeed.ACQUISITION, works(e.getValue()), e.getValue());
        }
        answer(ctx, f);
    }

    /** The ratings the archive has works of, in AO3's order. */
    private static void ratings(Site site, Context ctx) throws IOException {
        Map<String, Long> counts = site.stats().byRating();
        Map<String, Long> shown = new LinkedHashMap<>();
        for (String r : RATINGS) {
            shown.put(r, counts.getOrDefault(r, 0L));
        }
        Instant now = Instant.now();
        OpdsFeed f = OpdsFeed.start(OpdsFeed.NAVIGATION, "urn:ficshelf:opds:ratings", "By rating", now,
                "/opds/ratings", site.name());
        f.link("up", "/opds", OpdsFeed.NAVIGATION);
        shown.forEach((r, n) -> {
            String seg = ApiLinks.segment(r);
            f.navigation("urn:ficshelf:opds:rating:" + seg, r, now, OpdsFeed.SUBSECTION,
                    "/opds/ratings/" + seg,
                    OpdsFeed.ACQUISITION, works(n), n);
        });
        answer(ctx, f);
    }

    /** The OpenSearch 1.1 description of the catalog's search. */
    private static void openSearch(Site site, Context ctx) {
        String origin = ApiLinks.origin(ctx.scheme(), ctx.header("Host"));
        String base = origin == null ? "" : origin;
        AtomWriter x = new AtomWriter("OpenSearchDescription", AtomWriter.OPENSEARCH);
        x.element("ShortName", site.name());
        x.element("Description",
                "Search the works of " + site.name() + ": titles, authors, tags and story text.");
        x.element("InputEncoding", "UTF-8");
        x.element("OutputEncoding", "UTF-8");
        x.start("Url").attr("type", OpdsFeed.ACQUISITION)
                .attr("template", base + "/opds/search?q={searchTerms}").end();
        x.start("Url").attr("type", "text/html").attr("template", base + "/search?q={searchTerms}").end();
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(OpdsFeed.OPENSEARCH_TYPE);
        ctx.result(x.finish());
    }

    private static String ratingNamed(String given) {
        String wanted = given.strip().replace('-', ' ').replace('_', ' ');
        for (String r : RATINGS) {
            if (r.equalsIgnoreCase(wanted)) {
                return r;
            }
        }
        throw HttpProblem
                .notFound("there is no rating '" + given + "'; ratings are " + String.join(", ", RATINGS));
    }

    private static String works(long n) {
        return n == 1 ? "1 work" : String.format(Locale.ROOT, "%,d works", n);
    }

    private static int page(Context ctx) {
        String p = ctx.queryParam("page");
        if (p == null || p.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p.strip());
            if (n >= 1 && n <= MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw HttpProblem.badRequest("page must be a number from 1 to " + MAX_PAGE);
    }

    /** The request's parameters, for the links of its pages. */
    private static Map<String, List<String>> params(Context ctx) {
        return ctx.queryParamMap();
    }

    /**
     * {@code q} for a feed: also requiring {@code tag} when there is one, newest first when
     * {@code newestFirst} and the request names no order and no query text, counting no facets
     * (a feed shows none).
     */
    private static SearchQuery feedQuery(SearchQuery q, @Nullable TagFilter tag, boolean newestFirst) {
        List<TagFilter> include = new ArrayList<>(q.include());
        if (tag != null) {
            include.add(tag);
        }
        boolean unordered = q.sort().equals(SearchSort.RELEVANCE) && q.text().isBlank();
        SearchSort sort = newestFirst && unordered ? NEWEST : q.sort();
        return new SearchQuery(q.text(), include, q.exclude(), q.words(), q.language(), q.complete(),
                q.crossover(), sort, q.pageSize(), q.after(), Set.of(), q.facetLimit());
    }

    private static void answer(Context ctx, OpdsFeed f) {
        ctx.header("Cache-Control", CACHE);
        ctx.contentType(f.kind());
        ctx.result(f.finish());
    }
}
