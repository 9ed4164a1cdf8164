package org.ficshelf.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/** The search page with its AO3-style sidebar, and the tag pages (a search with the tag included). */
final class SearchPage {
    private SearchPage() {
    }

    static void search(Site site, Context ctx) throws IOException {
        Map<String, List<String>> params = withDefaultSort(ctx.queryParamMap());
        SearchQuery query = SearchParams.query(params);
        render(site, ctx, "/search", query, null);
    }

    static void tag(Site site, Context ctx) throws IOException {
        TagType type;
        try {
            type = TagType.fromKey(ctx.pathParam("type"));
        } catch (SearchException e) {
            throw HttpProblem.notFound("there is no tag type '" + ctx.pathParam("type") + "'");
        }
        String name = ctx.pathParam("name");
        TagFilter tag = new TagFilter(type, name);
        Map<String, List<String>> params = withDefaultSort(ctx.queryParamMap());
        List<String> includes = new ArrayList<>(params.getOrDefault("include", List.of()));
        includes.add(type.key() + ":" + tag.value());
        params.put("include", includes);
        SearchQuery query = SearchParams.query(params);
        render(site, ctx, Urls.tag(type, tag.value()), query, tag);
    }

    /** Without a query string or a chosen sort, the newest works come first (relevance would be arbitrary). */
    private static Map<String, List<String>> withDefaultSort(Map<String, List<String>> raw) {
        Map<String, List<String>> params = new LinkedHashMap<>(raw);
        boolean noText = params.getOrDefault("q", List.of()).stream().allMatch(String::isBlank);
        boolean noSort = params.getOrDefault("sort", List.of()).stream().allMatch(String::isBlank);
        if (noText && noSort) {
            params.put("sort", List.of("added"));
        }
        return params;
    }

    private static void render(Site site, Context ctx, String base, SearchQuery query,
            @Nullable TagFilter tag)
            throws IOException {
        SearchResult result = site.archive().search(query);
        SearchView view = SearchView.of(base, query, result, Blurb.of(site.archive(), result.hits()), tag);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("view", view);
        if (tag == null) {
            WebApp.html(ctx, site.templates().render("search.jte", model));
        } else {
            model.put("tagType", Urls.typeLabel(tag.type()));
            model.put("tagName", tag.value());
            WebApp.html(ctx, site.templates().render("tag.jte", model));
        }
    }
}
