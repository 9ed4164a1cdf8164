package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchResult.FacetCount;
import org.ficshelf.search.SearchResult.Hit;
import org.ficshelf.search.SearchResult.Snippet;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * Runs one query on one point-in-time searcher: the page of hits in order (with exact total, see {@link Counts}),
 * facet counts over every match, labels (doc values) and snippets for the page, the next cursor.
 */
final class Searcher {
    private final Schema schema;
    private final QueryTranslator translator;
    private final Analyzer analyzer;
    /** Facet ordinals of the last reader seen; rebuilt when a refresh brings a new reader. */
    private volatile @Nullable SortedSetDocValuesReaderState facetState;

    /** The searcher over an index written with {@code analyzer} (the per-field analyzer). */
    static Searcher create(Analyzer analyzer) {
        Schema schema = new Schema(Analyzers.names());
        return new Searcher(schema, new QueryTranslator(analyzer, Analyzers.prose(), schema), analyzer);
    }

    Searcher(Schema schema, QueryTranslator translator, Analyzer analyzer) {
        this.schema = schema;
        this.translator = translator;
        this.analyzer = analyzer;
    }

    Schema schema() {
        return schema;
    }

    SearchResult search(IndexSearcher s, SearchQuery q) throws IOException {
        Query query = translator.translate(q);
        Sort sort = sort(q.sort());
        FieldDoc after = q.after() == null ? null : Cursors.decode(q.after(), q.sort(), sort.getSort());
        // One hit more than the page: whether it exists says if there is a next page. Facets
        // visit every match anyway, so then counting while collecting costs nothing more.
        int exactUpTo = q.facets().isEmpty() ? Counts.COUNT_WHILE_COLLECTING : Integer.MAX_VALUE;
        var top = new TopFieldCollectorManager(sort, q.pageSize() + 1, after, exactUpTo);
        TopDocs docs;
        FacetsCollector fc = null;
        if (q.facets().isEmpty()) {
            docs = s.search(query, top);
        } else {
            Object[] both = s.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
            docs = (TopDocs) both[0];
            fc = (FacetsCollector) both[1];
        }
        boolean more = docs.scoreDocs.length > q.pageSize();
        if (more) {
            docs = new TopDocs(docs.totalHits, Arrays.copyOf(docs.scoreDocs, q.pageSize()));
        }
        List<Hit> hits = hits(s, query, docs, q.sort().key() == SearchSort.Key.RELEVANCE);
        String next = more
                ? Cursors.encode(q.sort(), (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1])
                : null;
        long total = Counts.total(s, query, docs.totalHits);
        return new SearchResult(total, hits, facets(s.getIndexReader(), fc, q), next);
    }

    /** The Lucene sort for a search sort, always ending in the work id so every hit has one place. */
    static Sort sort(SearchSort sort) {
        boolean desc = sort.descending();
        SortField key = switch (sort.key()) {
            case RELEVANCE -> new SortField(null, SortField.Type.SCORE, !desc);
            case TITLE -> stringSort(Schema.TITLE_SORT, desc);
            case AUTHOR -> stringSort(Schema.AUTHOR_SORT, desc);
            case WORDS -> new SortField(Schema.WORDS, SortField.Type.INT, desc);
            case ADDED -> new SortField(Schema.ADDED, SortField.Type.LONG, desc);
        };
        return new Sort(key, new SortField(Schema.ID, SortField.Type.LONG));
    }

    private static SortField stringSort(String field, boolean desc) {
        // Works without a title or author sort last in either direction.
        return new SortField(field, SortField.Type.STRING, desc,
                desc ? SortField.STRING_FIRST : SortField.STRING_LAST);
    }

    private List<Hit> hits(IndexSearcher s, Query query, TopDocs docs, boolean scored) throws IOException {
        ScoreDoc[] sd = docs.scoreDocs;
        int[] ids = new int[sd.length];
        for (int i = 0; i < sd.length; i++) {
            ids[i] = sd[i].doc;
        }
        List<List<Snippet>> snippets = Snippets.of(s, analyzer, query, ids);
        List<HitLabels.Label> labels = HitLabels.of(s.getIndexReader().leaves(), ids);
        List<Hit> out = new ArrayList<>(sd.length);
        for (int i = 0; i < sd.length; i++) {
            float score = scored ? (float) ((FieldDoc) sd[i]).fields[0] : 0f;
            HitLabels.Label l = labels.get(i);
            out.add(new Hit(l.id(), score, l.title(), l.authors(), snippets.get(i)));
        }
        return out;
    }

    private Map<TagType, List<FacetCount>> facets(IndexReader reader, @Nullable FacetsCollector fc,
            SearchQuery q)
            throws IOException {
        Map<TagType, List<FacetCount>> out = new EnumMap<>(TagType.class);
        if (fc == null) {
            return out;
        }
        SortedSetDocValuesReaderState state = facetState(reader);
        SortedSetDocValuesFacetCounts counts = state == null
                ? null
                : new SortedSetDocValuesFacetCounts(state, fc);
        for (TagType t : q.facets()) {
            out.put(t, counts == null ? List.of() : counts(counts, state, t, q.facetLimit()));
        }
        return out;
    }

    private static List<FacetCount> counts(SortedSetDocValuesFacetCounts counts,
            SortedSetDocValuesReaderState state,
            TagType t, int limit) throws IOException {
        if (state.getOrdRange(t.key()) == null) {
            return List.of(); // no work in the index has a tag of this type
        }
        FacetResult r = counts.getTopChildren(limit, t.key());
        if (r == null) {
            return List.of();
        }
        List<FacetCount> out = new ArrayList<>(r.labelValues.length);
        for (LabelAndValue lv : r.labelValues) {
            out.add(new FacetCount(lv.label, lv.value.intValue()));
        }
        return out;
    }

    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState cached = facetState;
        if (cached != null && cached.getReader() == reader) {
            return cached;
        }
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (info == null) {
            return null; // an empty index
        }
        SortedSetDocValuesReaderState fresh = new DefaultSortedSetDocValuesReaderState(reader,
                schema.facets());
        facetState = fresh;
        return fresh;
    }
}
