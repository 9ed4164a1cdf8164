package org.ficshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ficshelf.Archive;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.ficshelf.search.WordRange;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficshelf search QUERY}: one page of matching works with snippets and tag counts. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
        "Searches the archive: title, authors, summary, notes, tags and story text.",
        "QUERY: words, \"phrases\", AND/OR/NOT, field prefixes (title:, author:, relationship:...);",
        "empty for every work."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "the query (default: every work)")
    String query = "";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--include", paramLabel = "TYPE:VALUE", description = "works must have this tag (fandom, character, relationship, freeform, rating, warning, category)")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "TYPE:VALUE", description = "works must not have this tag")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--rating", paramLabel = "R", description = "only works of this rating (repeat for either of several)")
    List<String> ratings = new ArrayList<>();

    @Option(names = "--words", paramLabel = "MIN-MAX", description = "a words range: 1000-5000, 1000-, -5000")
    @Nullable
    String words;

    @Option(names = "--language", paramLabel = "L", description = "a language code (en, de...)")
    @Nullable
    String language;

    @Option(names = "--complete", description = "only complete works")
    boolean complete;

    @Option(names = "--sort", paramLabel = "S", description = "relevance, title, author, words or added, optionally :asc or :desc")
    String sort = "relevance";

    @Option(names = "--page-size", paramLabel = "N", description = "hits per page (default: ${DEFAULT-VALUE})")
    int pageSize = SearchQuery.DEFAULT_PAGE_SIZE;

    @Option(names = "--after", paramLabel = "CURSOR", description = "the next-page cursor the previous page printed")
    @Nullable
    String after;

    @Option(names = "--json", description = "the result as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchQuery q = query();
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = Indexes.openExisting(data, db.url)) {
            if (archive.reindexedOnOpen() > 0) {
                spec.commandLine().getErr().printf(Locale.ROOT,
                        "ficshelf: brought the search index in line with the catalog (%d works)%n",
                        archive.reindexedOnOpen());
            }
            SearchResult result = archive.search(q);
            out.println(json ? json(result) : text(archive, result));
        }
        out.flush();
        return 0;
    }

    /** The query the options describe; a malformed option is a bad-query error. */
    SearchQuery query() {
        SearchQuery.Builder b = SearchQuery.builder(query).sort(SearchSort.parse(sort)).pageSize(pageSize)
                .after(after).language(language).facets(TagType.values());
        for (String f : include) {
            TagFilter t = TagFilter.parse(f);
            b.include(t.type(), t.value());
        }
        for (String f : exclude) {
            TagFilter t = TagFilter.parse(f);
            b.exclude(t.type(), t.value());
        }
        for (String r : ratings) {
            b.include(TagType.RATING, r);
        }
        if (words != null) {
            b.words(WordRange.parse(words));
        }
        if (complete) {
            b.complete(true);
        }
        return b.build();
    }

    /** The result as JSON: the {@link SearchResult} with tag types by their lower-case keys. */
    static String json(SearchResult result) throws Exception {
        ObjectNode node = WorkJson.mapper().valueToTree(result);
        ObjectNode facets = node.putObject("facets");
        for (Map.Entry<TagType, List<SearchResult.FacetCount>> e : result.facets().entrySet()) {
            ArrayNode counts = facets.putArray(e.getKey().key());
            for (SearchResult.FacetCount c : e.getValue()) {
                counts.addObject().put("value", c.value()).put("count", c.count());
            }
        }
        return WorkJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** Hits with their rating and words from the catalog, snippets with matches in brackets, then tag counts. */
    static String text(Archive archive, SearchResult result) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append(result.total()).append(result.total() == 1 ? " work" : " works").append(" found\n");
        for (SearchResult.Hit h : result.hits()) {
            b.append('\n').append('#').append(h.id()).append("  ")
                    .append(h.title() == null ? "(untitled)" : h.title());
            if (!h.authors().isEmpty()) {
                b.append(" by ").append(String.join(", ", h.authors()));
            }
            Optional<StoredWork> w = archive.work(h.id());
            if (w.isPresent()) {
                WorkRecord r = w.get().record();
                b.append(String.format(Locale.ROOT, "%n    Rating: %s | Words: %d",
                        r.rating() == null ? "-" : r.rating(), r.words()));
            }
            for (SearchResult.Snippet s : h.snippets()) {
                b.append("\n    ").append(s.render("[", "]").replaceAll("\\s+", " ").strip());
            }
            b.append('\n');
        }
        facets(b, result);
        if (result.nextCursor() != null) {
            b.append("\nnext page: --after ").append(result.nextCursor()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static void facets(StringBuilder b, SearchResult result) {
        boolean first = true;
        for (Map.Entry<TagType, List<SearchResult.FacetCount>> e : result.facets().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (first) {
                b.append("\nTags in these results:\n");
                first = false;
            }
            StringBuilder line = new StringBuilder();
            for (SearchResult.FacetCount c : e.getValue()) {
                line.append(line.isEmpty() ? "" : ", ").append(c.value()).append(" (").append(c.count())
                        .append(')');
            }
            String key = e.getKey().key();
            b.append("  ").append(Character.toUpperCase(key.charAt(0))).append(key.substring(1)).append(": ")
                    .append(line).append('\n');
        }
    }
}
