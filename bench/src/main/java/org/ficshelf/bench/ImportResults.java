package org.ficshelf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The import side of a run: Ficshelf's import and both baselines over the same corpus, one after
 * the other in one process, with the ratios that count.
 */
record ImportResults(long rawBytes, FicshelfImport.Figures ficshelf, LuceneAlone.Figures lucene,
        Fts5Baseline.Figures fts5) {

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

    /** Ficshelf first (so the shared Lucene code is not warmed for it), then the two baselines. */
    static ImportResults run(Corpus corpus, Path work, int threads, PrintStream log) throws IOException {
        Corpus.Size size = corpus.size();
        log.printf(Locale.ROOT, "corpus: %d files, %.1f MB; reading it once to warm the page cache%n",
                size.files(), size.bytes() / 1e6);
        long free = Files.getFileStore(work).getUsableSpace();
        if (free < size.bytes() * 3) {
            log.printf(Locale.ROOT, "warning: %.1f GB free in %s; the subjects' data needs about %.1f GB%n",
                    free / 1e9, work, size.bytes() * 3 / 1e9);
        }
        warmPageCache(corpus);
        log.println("import: ficshelf ...");
        FicshelfImport.Figures f = FicshelfImport.run(corpus, ficshelfData(work), threads, WordModel.load());
        log.println("import: lucene alone ...");
        LuceneAlone.Figures l = LuceneAlone.run(corpus, luceneIndex(work), threads);
        Workdirs.delete(luceneIndex(work)); // measured; only its size was needed
        log.println("import: sqlite fts5 ...");
        Fts5Baseline.Figures s = Fts5Baseline.load(corpus, fts5Db(work), threads);
        return new ImportResults(size.bytes(), f, l, s);
    }

    private static void warmPageCache(Corpus corpus) throws IOException {
        long[] sink = new long[1];
        corpus.forEachStory(p -> {
            try {
                sink[0] += Files.readAllBytes(p).length;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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
        return m;
    }

    static double r(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
