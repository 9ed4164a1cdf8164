package org.ficshelf.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import side of a run: Ficshelf's import and both baselines over the same corpus, chunk by
 * chunk ({@link ChunkedImport}), one after the other in one process, with the ratios that count.
 */
record ImportResults(long rawBytes, FicshelfImport.Figures ficshelf, LuceneAlone.Figures lucene,
        Fts5Baseline.Figures fts5, RunState run) {

    /** Where each subject keeps its data inside a work folder. */
    static Path ficshelfData(Path work) {
        return work.resolve("ficshelf-data");
    }

    static Path luceneIndex(Path work) {
        return work.resolve("lucene-alone");
    }

    static Path fts5Db(Path work) {
        return work.resolve("fts5.db");
    }

    /** The figures of a finished chunked run: each subject's steps summed, peaks the highest, sizes at the end. */
    static ImportResults of(RunState state) {
        RunState.Finish end = java.util.Objects.requireNonNull(state.finish(), "the run is not finished");
        long raw = 0;
        long[] fw = new long[6];
        double[] secs = new double[3];
        long[] heap = new long[2];
        long[] rss = new long[2];
        long[] skipped = new long[3];
        for (RunState.Chunk c : state.chunks()) {
            raw += c.bytes();
            RunState.Step[] steps = {c.ficshelf(), c.lucene(), c.fts5()};
            for (int i = 0; i < 3; i++) {
                RunState.Step st = java.util.Objects.requireNonNull(steps[i]);
                fw[i * 2] += st.works();
                fw[i * 2 + 1] += st.bytes();
                secs[i] += st.seconds();
                skipped[i] += st.skipped();
                if (i < 2) {
                    heap[i] = Math.max(heap[i], st.peakHeapMB());
                    rss[i] = Math.max(rss[i], st.peakRssMB());
                }
            }
        }
        RunState.Sizes z = end.sizes();
        FicshelfImport.Figures f = new FicshelfImport.Figures(fw[0], fw[1], secs[0],
                new HeapWatch.Peak(heap[0], rss[0], HeapWatch.rssResettable()), z.ficshelfIndex(),
                z.catalog(), z.originals(),
                end.searchableMillis(), end.importCallMillis());
        LuceneAlone.Figures l = new LuceneAlone.Figures(fw[2], fw[3], secs[1],
                new HeapWatch.Peak(heap[1], rss[1], HeapWatch.rssResettable()),
                z.luceneAlone(), skipped[1]);
        Fts5Baseline.Figures s = new Fts5Baseline.Figures(fw[4], fw[5], secs[2], z.fts5(), skipped[2]);
        return new ImportResults(raw, f, l, s, state);
    }

    double importRatioToLucene() {
        return ficshelf.mbPerSecond() / lucene.mbPerSecond();
    }

    double importRatioToFts5() {
        return ficshelf.mbPerSecond() / fts5.mbPerSecond();
    }

    double indexToRaw() {
        return (double) ficshelf.indexBytes() / rawBytes;
    }

    double catalogToRaw() {
        return (double) ficshelf.catalogBytes() / rawBytes;
    }

    double searchableMaxMillis() {
        double max = 0;
        for (double v : ficshelf.searchableMillis()) {
            max = Math.max(max, v);
        }
        return max;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%n%-28s %9s %9s %9s %10s %10s %12s%n", "import", "MB/s", "works/s",
                "seconds",
                "peak heap", "peak RSS", "index/raw");
        HeapWatch.Peak p = ficshelf.peak();
        out.printf(Locale.ROOT, "%-28s %9.2f %9.1f %9.1f %8d M %8d M %12.3f%n", "ficshelf import",
                ficshelf.mbPerSecond(), ficshelf.worksPerSecond(), ficshelf.seconds(), p.heapUsedMB(),
                p.rssMB(),
                indexToRaw());
        HeapWatch.Peak lp = lucene.peak();
        out.printf(Locale.ROOT, "%-28s %9.2f %9.1f %9.1f %8d M %8d M %12.3f%n", "baseline: lucene alone",
                lucene.mbPerSecond(), lucene.worksPerSecond(), lucene.seconds(), lp.heapUsedMB(), lp.rssMB(),
                (double) lucene.indexBytes() / rawBytes);
        out.printf(Locale.ROOT, "%-28s %9.2f %9.1f %9.1f %10s %10s %12.3f%n", "baseline: sqlite fts5",
                fts5.mbPerSecond(), fts5.works() / fts5.seconds(), fts5.seconds(), "-", "-",
                (double) fts5.dbBytes() / rawBytes);
        out.printf(Locale.ROOT,
                "ficshelf / lucene alone: %.3f; ficshelf / fts5: %.3f; catalog/raw %.3f; originals/raw %.3f%n",
                importRatioToLucene(), importRatioToFts5(), catalogToRaw(),
                (double) ficshelf.originalsBytes() / rawBytes);
        out.printf(Locale.ROOT, "new work searchable after (ms): %s (import call alone: %s)%n",
                list(ficshelf.searchableMillis()), list(ficshelf.importCallMillis()));
        for (String note : notes()) {
            out.println("note: " + note);
        }
    }

    /** What a reader of the figures must know about how this run was done. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        RunState.Plan p = run.plan();
        RunState.Finish end = java.util.Objects.requireNonNull(run.finish());
        notes.add(String.format(Locale.ROOT,
                "imported in %d chunk(s) of up to %,d works; each subject's time and bytes are summed over the "
                        + "chunks, peaks are the highest of any chunk; the archive, index and databases grow across chunks",
                p.chunks(), p.chunkWorks()));
        if (p.dropOriginals()) {
            notes.add(String.format(Locale.ROOT,
                    "originals were written and made durable by every import, measured (%.1f MB, %.3f x raw), then "
                            + "removed after each chunk's import had committed, to fit the disk; search does not read them",
                    ficshelf.originalsBytes() / 1e6, (double) ficshelf.originalsBytes() / rawBytes));
        }
        long resumed = run.chunks().stream().mapToLong(c -> countResumed(c)).sum();
        if (resumed > 0) {
            notes.add(String.format(Locale.ROOT,
                    "%d step(s) were stopped and continued: the works the stopped attempt had committed "
                            + "(ficshelf %,d, lucene alone %,d, fts5 %,d) are not in that subject's bytes or time",
                    resumed, ficshelfSkipped(), lucene.skipped(), fts5.skipped()));
        }
        notes.add(String.format(Locale.ROOT,
                "works each subject holds at the end: ficshelf %,d, lucene alone %,d, "
                        + "fts5 %,d (the corpus: %,d)",
                end.ficshelfWorks(), end.luceneWorks(), end.fts5Works(),
                run.chunks().stream().mapToLong(RunState.Chunk::works).sum()));
        notes.add(
                "fts5 is lean: an external-content table whose index covers the whole body, its content table "
                        + "(read by snippet()) keeps the first " + Fts5Baseline.SNIPPET_CHARS
                        + " characters, as Ficshelf's index does");
        return notes;
    }

    private static long countResumed(RunState.Chunk c) {
        long n = 0;
        for (RunState.Step st : new RunState.Step[]{c.ficshelf(), c.lucene(), c.fts5()}) {
            n += st != null && st.resumed() ? 1 : 0;
        }
        return n;
    }

    private long ficshelfSkipped() {
        return run.chunks().stream().mapToLong(c -> c.ficshelf() == null ? 0 : c.ficshelf().skipped()).sum();
    }

    private static String list(double[] millis) {
        StringBuilder b = new StringBuilder();
        for (double v : millis) {
            b.append(b.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", v));
        }
        return b.toString();
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rawBytes", rawBytes);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("works", ficshelf.works());
        f.put("bytes", ficshelf.bytes());
        f.put("seconds", r(ficshelf.seconds()));
        f.put("mbPerSecond", r(ficshelf.mbPerSecond()));
        f.put("worksPerSecond", r(ficshelf.worksPerSecond()));
        f.put("peakHeapUsedMB", ficshelf.peak().heapUsedMB());
        f.put("peakRssMB", ficshelf.peak().rssMB());
        f.put("peakRssResetBeforeRun", ficshelf.peak().rssReset());
        f.put("indexBytes", ficshelf.indexBytes());
        f.put("catalogBytes", ficshelf.catalogBytes());
        f.put("originalsBytes", ficshelf.originalsBytes());
        f.put("indexToRaw", r(indexToRaw()));
        f.put("catalogToRaw", r(catalogToRaw()));
        f.put("searchableMillis", ficshelf.searchableMillis());
        f.put("importCallMillis", ficshelf.importCallMillis());
        m.put("ficshelf", f);
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("works", lucene.works());
        l.put("seconds", r(lucene.seconds()));
        l.put("mbPerSecond", r(lucene.mbPerSecond()));
        l.put("worksPerSecond", r(lucene.worksPerSecond()));
        l.put("peakHeapUsedMB", lucene.peak().heapUsedMB());
        l.put("peakRssMB", lucene.peak().rssMB());
        l.put("indexBytes", lucene.indexBytes());
        l.put("indexToRaw", r((double) lucene.indexBytes() / rawBytes));
        m.put("luceneAlone", l);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("works", fts5.works());
        s.put("seconds", r(fts5.seconds()));
        s.put("mbPerSecond", r(fts5.mbPerSecond()));
        s.put("dbBytes", fts5.dbBytes());
        s.put("dbToRaw", r((double) fts5.dbBytes() / rawBytes));
        m.put("sqliteFts5", s);
        m.put("ficshelfToLuceneAlone", r(importRatioToLucene()));
        m.put("ficshelfToFts5", r(importRatioToFts5()));
        m.put("plan", run.plan());
        m.put("chunks", run.chunks());
        m.put("finish", run.finish());
        m.put("notes", notes());
        return m;
    }

    static double r(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
