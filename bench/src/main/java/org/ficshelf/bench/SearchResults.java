package org.ficshelf.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The search side of a run: the same seeded mix on Ficshelf and on SQLite FTS5, at one and two
 * client threads, with FTS5's latency as a multiple of Ficshelf's, and a check that both engines
 * see the same corpus (their totals for plain keywords agree). FTS5 is absent when only Ficshelf
 * was searched (to profile it); then there is no ratio and no parity check.
 */
record SearchResults(List<BenchQuery> mix, SearchBench.Result ficshelf, SearchBench.@Nullable Result fts5) {
    static final int[] THREADS = {1, 2};

    /** Runs the mix on Ficshelf, and on FTS5 when asked, over the data an import left in {@code work}. */
    static SearchResults run(Corpus corpus, Path work, long seed, double warmup, double measure,
            boolean withFts5,
            PrintStream log)
            throws Exception {
        List<BenchQuery> mix = QueryMix.build(corpus, WordModel.load(), seed);
        log.printf(Locale.ROOT, "search: %d queries in the mix%n", mix.size());
        SearchBench.Result f;
        try (SearchEngine engine = new FicshelfSearch(
                FicshelfImport.open(ImportResults.ficshelfData(work)))) {
            log.println("search: ficshelf ...");
            f = SearchBench.run(engine, mix, THREADS, warmup, measure, seed);
        }
        if (!withFts5) {
            return new SearchResults(mix, f, null);
        }
        SearchBench.Result s;
        try (SearchEngine engine = new Fts5Search(ImportResults.fts5Db(work))) {
            log.println("search: sqlite fts5 ...");
            s = SearchBench.run(engine, mix, THREADS, warmup, measure, seed);
        }
        return new SearchResults(mix, f, s);
    }

    /** The run at {@code threads} client threads. */
    static SearchBench.Run at(SearchBench.Result r, int threads) {
        for (SearchBench.Run run : r.runs()) {
            if (run.threads() == threads) {
                return run;
            }
        }
        throw new IllegalArgumentException("no run at " + threads + " threads");
    }

    /** FTS5's p50 over Ficshelf's, over the whole mix at one thread (above 1: Ficshelf faster). */
    double speedupAtP50() {
        return fts5 == null ? Double.NaN : at(fts5, 1).all().p50() / at(ficshelf, 1).all().p50();
    }

    /** For each plain keyword query: Ficshelf's total, FTS5's, and their relative difference. */
    List<Map<String, Object>> keywordParity() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (fts5 == null) {
            return out;
        }
        for (BenchQuery q : mix) {
            if (q.kind() == BenchQuery.Kind.KEYWORD) {
                long a = ficshelf.totals().get(q);
                long b = fts5.totals().get(q);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("query", q.words().get(0));
                m.put("ficshelf", a);
                m.put("fts5", b);
                m.put("relativeDifference",
                        ImportResults.r(Math.abs(a - b) / (double) Math.max(1, Math.max(a, b))));
                out.add(m);
            }
        }
        return out;
    }

    void print(PrintStream out) {
        if (fts5 == null) {
            printAlone(out);
            return;
        }
        out.printf(Locale.ROOT, "%n%-12s %-8s %7s | %-26s | %-26s | %s%n", "search", "threads", "QPS",
                "ficshelf p50/p95/p99 ms", "fts5 p50/p95/p99 ms", "fts5/ficshelf p50");
        for (int threads : THREADS) {
            SearchBench.Run f = at(ficshelf, threads);
            SearchBench.Run s = at(fts5, threads);
            row(out, "all", threads, f.qps(), s.qps(), f.all(), s.all());
            for (BenchQuery.Kind k : BenchQuery.Kind.values()) {
                if (f.byKind().containsKey(k) && s.byKind().containsKey(k)) {
                    row(out, k.name().toLowerCase(Locale.ROOT), threads, Double.NaN, Double.NaN,
                            f.byKind().get(k),
                            s.byKind().get(k));
                }
            }
        }
        out.println("keyword totals, ficshelf vs fts5: " + keywordParity());
    }

    private void printAlone(PrintStream out) {
        out.printf(Locale.ROOT, "%n%-12s %-8s %7s | %-26s%n", "search", "threads", "QPS",
                "ficshelf p50/p95/p99 ms");
        for (int threads : THREADS) {
            SearchBench.Run f = at(ficshelf, threads);
            out.printf(Locale.ROOT, "%-12s %-8d %7.0f | %7.2f %7.2f %8.2f%n", "all", threads, f.qps(),
                    f.all().p50(),
                    f.all().p95(), f.all().p99());
            f.byKind().forEach((k, l) -> out.printf(Locale.ROOT, "%-12s %-8d %7s | %7.2f %7.2f %8.2f%n",
                    k.name().toLowerCase(Locale.ROOT), threads, "", l.p50(), l.p95(), l.p99()));
        }
    }

    private static void row(PrintStream out, String label, int threads, double fq, double sq,
            SearchBench.Latency f,
            SearchBench.Latency s) {
        String qps = Double.isNaN(fq) ? "" : String.format(Locale.ROOT, "%.0f/%.0f", fq, sq);
        out.printf(Locale.ROOT, "%-12s %-8d %7s | %7.2f %7.2f %8.2f | %7.2f %7.2f %8.2f | %.1fx%n", label,
                threads, qps,
                f.p50(), f.p95(), f.p99(), s.p50(), s.p95(), s.p99(), s.p50() / f.p50());
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mix", mix.stream().map(BenchQuery::toString).toList());
        m.put("ficshelf", runs(ficshelf));
        m.put("sqliteFts5", fts5 == null ? null : runs(fts5));
        m.put("fts5ToFicshelfP50", fts5 == null ? null : ImportResults.r(speedupAtP50()));
        m.put("keywordTotals", keywordParity());
        return m;
    }

    private static List<Map<String, Object>> runs(SearchBench.Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchBench.Run run : r.runs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threads", run.threads());
            m.put("qps", ImportResults.r(run.qps()));
            m.put("all", latency(run.all()));
            Map<String, Object> kinds = new LinkedHashMap<>();
            run.byKind().forEach((k, v) -> kinds.put(k.name().toLowerCase(Locale.ROOT), latency(v)));
            m.put("byKind", kinds);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> latency(SearchBench.Latency l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queries", l.count());
        m.put("p50ms", ImportResults.r(l.p50()));
        m.put("p95ms", ImportResults.r(l.p95()));
        m.put("p99ms", ImportResults.r(l.p99()));
        m.put("maxMs", ImportResults.r(l.max()));
        return m;
    }
}
