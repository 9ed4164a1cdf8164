package org.ficshelf.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The targets, each marked met or not from a run's figures (reported, never asserted). */
final class Targets {
    /** One target: what it asks, the measured value, and whether it is met. */
    record Target(String target, String measured, boolean met) {
    }

    private Targets() {
    }

    static List<Target> evaluate(@Nullable ImportResults imp, @Nullable SearchResults search) {
        List<Target> out = new ArrayList<>();
        if (imp != null) {
            double ratio = imp.importRatioToLucene();
            out.add(new Target("import >= 0.8x Lucene-alone throughput", f("%.3fx", ratio), ratio >= 0.8));
            double index = imp.indexToRaw();
            out.add(new Target("index <= 0.30x raw text", f("%.3fx", index), index <= 0.30));
            long heap = imp.ficshelf().peak().heapUsedMB();
            out.add(new Target("heap <= 4 GB throughout import",
                    f("%d MB peak in use (-Xmx %d MB)", heap, Runtime.getRuntime().maxMemory() >> 20),
                    heap <= 4096));
            double searchable = imp.searchableMaxMillis();
            out.add(new Target("new work searchable <= 1 s after import",
                    f("%.0f ms (worst of %d)", searchable,
                            imp.ficshelf().searchableMillis().length),
                    searchable <= 1000));
        }
        if (search != null) {
            SearchBench.Run f = SearchResults.at(search.ficshelf(), 1);
            SearchBench.Latency kw = f.byKind().get(BenchQuery.Kind.KEYWORD);
            if (kw != null) {
                out.add(new Target("keyword p50 <= 5 ms", f("%.2f ms", kw.p50()), kw.p50() <= 5));
                out.add(new Target("keyword p99 <= 50 ms", f("%.2f ms", kw.p99()), kw.p99() <= 50));
            }
            SearchBench.Latency facets = f.byKind().get(BenchQuery.Kind.FACETS);
            if (facets != null) {
                out.add(new Target("facets p99 <= 120 ms", f("%.2f ms", facets.p99()), facets.p99() <= 120));
            }
            SearchBench.Latency phrase = f.byKind().get(BenchQuery.Kind.PHRASE);
            if (phrase != null) {
                out.add(new Target("phrase p99 <= 250 ms", f("%.2f ms", phrase.p99()), phrase.p99() <= 250));
            }
            if (search.fts5() != null) {
                double speedup = search.speedupAtP50();
                out.add(new Target(">= 5x faster than SQLite FTS5 at p50 (whole mix)", f("%.1fx", speedup),
                        speedup >= 5));
            }
        }
        return out;
    }

    static void print(List<Target> targets, PrintStream out) {
        out.printf(Locale.ROOT, "%n%-50s %-40s %s%n", "target", "measured", "status");
        for (Target t : targets) {
            out.printf(Locale.ROOT, "%-50s %-40s %s%n", t.target(), t.measured(),
                    t.met() ? "met" : "NOT MET");
        }
    }

    static List<Map<String, Object>> toJson(List<Target> targets) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", t.target());
            m.put("measured", t.measured());
            m.put("met", t.met());
            out.add(m);
        }
        return out;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
