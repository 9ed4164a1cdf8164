package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * Where the query first matches each hit's story text, as a token position read from the
 * postings: it says whether a hit gets a snippet (and the opening when its matches lie past it).
 */
final class FirstMatches {
    /** The hit matched, but not in its story text (a title, a tag): no snippet. */
    static final int NONE = -1;
    /** The query cannot tell where it matched (it reports no positions). */
    static final int UNKNOWN = -2;

    private FirstMatches() {
    }

    /**
     * The parts of {@code query} that look in the story text (its term, phrase and prefix queries
     * on it, outside any negation) as one disjunction, or null when it has none: what a snippet
     * marks, and much cheaper to match per hit than the whole query over every field.
     */
    static @Nullable Query textPart(Query query) {
        Set<Query> leaves = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Schema.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                leaves.add(q);
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                leaves.add(q);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        if (leaves.isEmpty()) {
            return null;
        }
        if (leaves.size() == 1) {
            return leaves.iterator().next();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (Query leaf : leaves) {
            if (n++ < IndexSearcher.getMaxClauseCount()) {
                b.add(leaf, BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * For each doc: the position of the first match of {@code text} (a {@link #textPart}), {@link
     * #NONE} or {@link #UNKNOWN}.
     */
    static int[] of(IndexSearcher searcher, Query text, int[] docs) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] out = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            out[i] = first(weight.matches(leaf, docs[i] - leaf.docBase));
        }
        return out;
    }

    private static int first(@Nullable Matches m) throws IOException {
        if (m == null) {
            return NONE; // the story text did not match
        }
        MatchesIterator text = m.getMatches(Schema.TEXT);
        if (text == null) {
            return m.iterator().hasNext() ? NONE : UNKNOWN;
        }
        // matches come in position order: the first is the earliest
        return text.next() && text.startPosition() >= 0 ? text.startPosition() : UNKNOWN;
    }
}
