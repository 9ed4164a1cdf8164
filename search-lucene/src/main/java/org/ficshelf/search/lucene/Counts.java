package org.ficshelf.search.lucene;

import java.io.IOException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
        return s.count(matching(query));
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
