package org.ficshelf.search.lucene;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHits;

/**
 * Exact totals at the cost of counting, not scoring. The page of hits is collected with a bound
 * on exact counting ({@link #COUNT_WHILE_COLLECTING}), which lets Lucene skip blocks of works
 * that cannot make the page; when more works than that match, a second pass counts them all with
 * the query stripped of what only scoring needs (boosts; field disjunctions become plain ORs),
 * so no match is scored twice over twelve fields. Results keep the exact totals the archive
 * shows (AO3 shows exact counts too).
 */
final class Counts {
    /** Matches counted exactly while the page is collected; past it, a counting pass. */
    static final int COUNT_WHILE_COLLECTING = 1_000;

    private Counts() {
    }

    /** The exact number of works {@code query} matches, given what collecting the page counted. */
    static long total(IndexSearcher s, Query query, TotalHits collected) throws IOException {
        if (collected.relation() == TotalHits.Relation.EQUAL_TO) {
            return collected.value();
        }
        return count(s, matching(query));
    }

    /**
     * Counts {@code q}. A pure disjunction with a single-term clause (a keyword over every field:
     * the story text's term among the small fields' ones) is counted as that term's works, which
     * a segment without deletions knows from its term dictionary without visiting a posting, plus
     * the works the other clauses match without it, which visits only the small fields' postings.
     */
    static long count(IndexSearcher s, Query q) throws IOException {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 1 || b.clauses().size() < 2
                || b.clauses().stream().anyMatch(c -> c.occur() != BooleanClause.Occur.SHOULD)) {
            return s.count(q);
        }
        TermQuery widest = null;
        int widestFreq = -1;
        for (BooleanClause c : b.clauses()) {
            if (c.query() instanceof TermQuery t) {
                int freq = s.getIndexReader().docFreq(t.getTerm());
                if (freq > widestFreq) {
                    widest = t;
                    widestFreq = freq;
                }
            }
        }
        if (widest == null) {
            return s.count(q);
        }
        BooleanQuery.Builder rest = new BooleanQuery.Builder();
        for (BooleanClause c : b.clauses()) {
            if (c.query() != widest) {
                rest.add(c.query(), BooleanClause.Occur.SHOULD);
            }
        }
        rest.add(widest, BooleanClause.Occur.MUST_NOT);
        return s.count(widest) + s.count(rest.build());
    }

    /** A query that matches exactly what {@code q} matches, without scoring structure. */
    static Query matching(Query q) {
        if (q instanceof BoostQuery b) {
            return matching(b.getQuery());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Query x : d.getDisjuncts()) {
                any.add(matching(x), BooleanClause.Occur.SHOULD);
            }
            return any.build();
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                BooleanClause.Occur occur = c.occur() == BooleanClause.Occur.MUST
                        ? BooleanClause.Occur.FILTER
                        : c.occur();
                out.add(matching(c.query()), occur);
            }
            return out.build();
        }
        return q;
    }
}
