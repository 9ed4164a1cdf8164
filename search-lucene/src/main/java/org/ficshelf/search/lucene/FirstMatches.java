package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

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

    /** Whether the query has any term on the story text that a snippet could mark. */
    static boolean searchesText(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Schema.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                found[0] = true;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** For each doc: the position of its first match in the story text, {@link #NONE} or {@link #UNKNOWN}. */
    static int[] of(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] out = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            out[i] = first(weight.matches(leaf, docs[i] - leaf.docBase));
        }
        return out;
    }

    private static int first(@org.jspecify.annotations.Nullable Matches m) throws IOException {
        if (m == null) {
            return UNKNOWN;
        }
        MatchesIterator text = m.getMatches(Schema.TEXT);
        if (text == null) {
            return m.iterator().hasNext() ? NONE : UNKNOWN;
        }
        // matches come in position order: the first is the earliest
        return text.next() && text.startPosition() >= 0 ? text.startPosition() : UNKNOWN;
    }
}
