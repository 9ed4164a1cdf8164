package org.ficshelf.web;

import java.util.Set;
import org.ficshelf.Archive;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;

/**
 * A page of search results for the API and the feed, whose next cursor is null on the last page.
 * The index hands out a cursor whenever a page is full, so a full page is followed by a
 * one-hit look ahead (no facets) unless the total already shows that nothing follows.
 */
final class ApiSearch {
    private ApiSearch() {
    }

    static SearchResult page(Archive archive, SearchQuery q) {
        SearchResult result = archive.search(q);
        String next = result.nextCursor();
        if (next == null) {
            return result;
        }
        boolean lastByCount = q.after() == null && result.total() <= result.hits().size();
        if (lastByCount || archive.search(peek(q, next)).hits().isEmpty()) {
            return new SearchResult(result.total(), result.hits(), result.facets(), null);
        }
        return result;
    }

    private static SearchQuery peek(SearchQuery q, String cursor) {
        return new SearchQuery(q.text(), q.include(), q.exclude(), q.words(), q.language(), q.complete(),
                q.crossover(), q.sort(), 1, cursor, Set.of(), q.facetLimit());
    }
}
