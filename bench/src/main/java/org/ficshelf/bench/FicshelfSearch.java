package org.ficshelf.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.Archive;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/** Ficshelf's search through the {@link Archive}, as the command line and web app call it. */
final class FicshelfSearch implements SearchEngine {
    private final Archive archive;
    /** For each deep-page query, the cursor of the page before it (walked once, in prepare). */
    private final Map<BenchQuery, String> cursors = new HashMap<>();

    FicshelfSearch(Archive archive) {
        this.archive = archive;
    }

    @Override
    public String name() {
        return "ficshelf";
    }

    @Override
    public void prepare(List<BenchQuery> mix) {
        for (BenchQuery q : mix) {
            if (q.page() > 1) {
                String cursor = null;
                for (int page = 1; page < q.page(); page++) {
                    SearchResult r = archive.search(query(q, cursor));
                    if (r.nextCursor() == null) {
                        break; // fewer pages than asked: the last one stands in
                    }
                    cursor = r.nextCursor();
                }
                if (cursor != null) {
                    cursors.put(q, cursor);
                }
            }
        }
    }

    static SearchQuery query(BenchQuery q, @Nullable String after) {
        String text = q.phrase() ? "\"" + String.join(" ", q.words()) + "\"" : String.join(" ", q.words());
        SearchQuery.Builder b = SearchQuery.builder(text).pageSize(BenchQuery.PAGE_SIZE).after(after);
        if (q.includeFandom() != null) {
            b.include(TagType.FANDOM, q.includeFandom());
        }
        if (q.excludeCharacter() != null) {
            b.exclude(TagType.CHARACTER, q.excludeCharacter());
        }
        if (q.kind() == BenchQuery.Kind.FACETS) {
            b.facets(TagType.FANDOM, TagType.CHARACTER, TagType.RELATIONSHIP);
        }
        if (q.kind() == BenchQuery.Kind.SORTED) {
            b.sort(SearchSort.by(SearchSort.Key.WORDS));
        }
        return b.build();
    }

    @Override
    public Session session() {
        return q -> archive.search(query(q, cursors.get(q))).total();
    }

    @Override
    public void close() throws Exception {
        archive.close();
    }
}
