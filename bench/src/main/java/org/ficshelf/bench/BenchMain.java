package org.ficshelf.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark harness: {@code gen} writes a corpus, {@code parse} measures decode and parse,
 * {@code import} and {@code search} measure Ficshelf beside its baselines, {@code all} does
 * everything at one size.
 */
@Command(name = "ficshelf-bench", mixinStandardHelpOptions = true, subcommands = {BenchMain.Gen.class,
        BenchMain.Parse.class, BenchMain.Import.class, BenchMain.Search.class, BenchMain.All.class,
        BenchMain.Web.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    /** {@code gen --works N --seed S --out DIR [--from I]}. */
    @Command(name = "gen", description = "Write a reproducible legacy-format corpus with ground truth.")
    static final class Gen implements Callable<Integer> {
        @Option(names = "--works", required = true)
        long works;

        @Option(names = "--from", defaultValue = "0", description = "number of the first work (a later slice of "
                + "the same corpus, byte for byte; written on every core)")
        long from;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            CorpusWriter.Totals totals = from == 0
                    ? CorpusWriter.write(new WorkGenerator(WordModel.load(), seed), works, out)
                    : Chunks.generate(seed, from, from + works, out);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "wrote %d works, %.1f MB in %.1f s to %s%n", totals.works(),
                    totals.bytes() / 1e6, s, out);
            return 0;
        }
    }

    /** {@code parse --corpus DIR}: decode+parse throughput with the baseline beside it. */
    @Command(name = "parse", description = "Measure decode+parse throughput per core against a baseline.")
    static final class Parse implements Callable<Integer> {
        @Option(names = "--corpus", required = true, description = "folder of story files")
        Path corpus;

        @Option(names = "--max-mb", defaultValue = "200")
        long maxMb;

        @Option(names = "--rounds", defaultValue = "5")
        int rounds;

        @Option(names = "--warmup", defaultValue = "10", description = "warm-up seconds per subject")
        double warmup;

        @Option(names = "--json", description = "write the results here as JSON")
        @Nullable
        Path json;

        @Override
        public Integer call() throws Exception {
            ParseBench bench = ParseBench.load(corpus, maxMb << 20);
            System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB; machine: %s%n", bench.files(),
                    bench.totalBytes() / 1e6, Machine.describe());
            List<ParseBench.Figure> figures = bench.run(rounds, warmup);
            double base = figures.get(0).mbPerSecond();
            double cpuBase = figures.get(0).cpuMbPerSecond();
            System.out.printf(Locale.ROOT, "%-40s %12s %10s %14s %10s%n", "subject", "MB/s/core",
                    "x baseline",
                    "MB/CPU-second", "x baseline");
            for (ParseBench.Figure f : figures) {
                System.out.printf(Locale.ROOT, "%-40s %12.1f %10.3f %14.1f %10.3f%n", f.subject(),
                        f.mbPerSecond(), f.mbPerSecond() / base, f.cpuMbPerSecond(),
                        f.cpuMbPerSecond() / cpuBase);
            }
            System.out.printf(Locale.ROOT,
                    "inference adds %.0f %% to decode + parse (by CPU time: %.0f %%)%n",
                    100 * ParseBench.inferenceShare(figures, false),
                    100 * ParseBench.inferenceShare(figures, true));
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("benchmark", "parse");
                doc.put("date", LocalDate.now(ZoneOffset.UTC).toString());
                doc.put("machine", Machine.describe());
                doc.putAll(ParseBench.toJson(bench, figures));
                Files.write(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsBytes(doc));
            }
            return 0;
        }
    }

    /** Options shared by the import, search and all commands. */
    static class RunOptions {
        @Option(names = "--work", description = "scratch folder: data of each subject and the run's state (default: CORPUS.work)")
        @Nullable
        Path work;

        @Option(names = "--threads", description = "import threads (default: one per core)")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--seed", defaultValue = "11", description = "corpus and query-mix seed")
        long seed;

        @Option(names = "--warmup", defaultValue = "10", description = "search warm-up seconds per engine")
        double warmup;

        @Option(names = "--measure", defaultValue = "20", description = "search seconds per engine and thread count")
        double measure;

        @Option(names = "--json", description = "write the results here as JSON")
        @Nullable
        Path json;

        @Option(names = "--chunk", description = "works per chunk (default: a tenth of the corpus, 1,000 to 100,000)")
        int chunk;

        @Option(names = "--originals", defaultValue = "auto", description = "keep, drop or auto: Ficshelf's "
                + "originals, once measured, are removed after each chunk (auto: only when the disk needs it)")
        String originals;

        @Option(names = "--fresh", description = "delete the run in the work folder and start again")
        boolean fresh;

        @Option(names = "--force", description = "go on even when the disk looks too small")
        boolean force;

        @Option(names = "--progress", defaultValue = "60", description = "seconds between progress lines (0: none)")
        double progress;

        @Option(names = "--chunks", description = "import at most this many chunks, then stop (run again to continue)")
        int maxChunks;

        @Option(names = "--plan", description = "print the disk and time the run needs, then stop (changes nothing)")
        boolean plan;

        Harness.Options options() {
            return new Harness.Options(threads, seed, warmup, measure);
        }

        Path work(Path corpus) {
            return work != null ? work : corpus.resolveSibling(corpus.getFileName() + ".work");
        }

        ChunkedImport.Settings settings(long works) {
            ChunkedImport.OriginalsPolicy policy = ChunkedImport.OriginalsPolicy
                    .valueOf(originals.toUpperCase(Locale.ROOT));
            return new ChunkedImport.Settings(threads, chunk > 0 ? chunk : Harness.autoChunk(works), policy,
                    fresh,
                    force, Fts5Baseline.COMMIT_EVERY, progress, Harness.searchSeconds(options()), maxChunks,
                    Interrupt.NONE);
        }

        /** The chunks of an existing corpus folder. */
        Chunks existing(Path corpus, Path dir) throws java.io.IOException {
            long works = Corpus.storyFolders(corpus).values().stream().mapToLong(Integer::longValue).sum();
            return Chunks.existing(corpus, settings(works).chunkWorks(), dir);
        }

        int run(Chunks chunks, Path dir, boolean imports, boolean search, String benchmark) throws Exception {
            if (plan) {
                ChunkedImport.plan(chunks, dir, settings(chunks.works()), System.out);
                return 0;
            }
            Harness.Report report = Harness.run(chunks, dir, options(), settings(chunks.works()), imports,
                    search,
                    System.out);
            if (json != null && (report.imports() != null || report.search() != null)) {
                Harness.writeJson(report, benchmark, options(), json);
                System.out.println("wrote " + json);
            }
            return 0;
        }
    }

    /** {@code import --corpus DIR}: Ficshelf's import beside Lucene alone and SQLite FTS5. */
    @Command(name = "import", description = "Import throughput, memory, sizes, time to searchable; with baselines.")
    static final class Import extends RunOptions implements Callable<Integer> {
        @Option(names = "--corpus", required = true, description = "a corpus gen wrote")
        Path corpus;

        @Override
        public Integer call() throws Exception {
            Path dir = work(corpus);
            return run(existing(corpus, dir), dir, true, false, "import");
        }
    }

    /** {@code search}: the query mix on the data an import left in the work folder. */
    @Command(name = "search", description = "Search latency and QPS on Ficshelf and SQLite FTS5 (run import first).")
    static final class Search extends RunOptions implements Callable<Integer> {
        @Option(names = "--corpus", description = "the corpus the import read (default: the generated run in --work)")
        @Nullable
        Path corpus;

        @Option(names = "--ficshelf-only", description = "search Ficshelf alone, without FTS5 (to profile it)")
        boolean ficshelfOnly;

        @Override
        Harness.Options options() {
            return new Harness.Options(threads, seed, warmup, measure, !ficshelfOnly);
        }

        @Override
        public Integer call() throws Exception {
            if (corpus == null) {
                Path dir = work != null ? work : Path.of("bench-work");
                return run(Harness.recorded(dir), dir, false, true, "search");
            }
            Path dir = work(corpus);
            return run(existing(corpus, dir), dir, false, true, "search");
        }
    }

    /** {@code all --works N}: generate (chunk by chunk), import, search, targets; continues a stopped run. */
    @Command(name = "all", description = "Everything at one size: corpus, imports, searches, targets. "
            + "Chunked and resumable: run the same command again to continue a stopped run.")
    static final class All extends RunOptions implements Callable<Integer> {
        @Option(names = "--works", description = "corpus size to generate, a chunk at a time (default 10000)")
        long works = 10_000;

        @Option(names = "--corpus", description = "an existing corpus to use instead of generating one")
        @Nullable
        Path corpusDir;

        @Override
        public Integer call() throws Exception {
            Path dir = work != null ? work : Path.of("bench-work");
            Path whole = dir.resolve(String.format(Locale.ROOT, "corpus-%d-s%d", works, seed));
            if (corpusDir == null && Files.exists(whole.resolveSibling(whole.getFileName() + ".done"))) {
                corpusDir = whole; // a whole corpus an earlier version generated here
            }
            Chunks chunks = corpusDir != null
                    ? existing(corpusDir, dir)
                    : Chunks.generated(works, seed, settings(works).chunkWorks(), dir);
            return run(chunks, dir, true, true, "all");
        }
    }

    /** {@code web --work W}: page and API latency over the archive an import left in the work folder. */
    @Command(name = "web", description = "Page, API and EPUB latency of the reading room (run import first).")
    static final class Web implements Callable<Integer> {
        @Option(names = "--work", required = true, description = "the work folder of an import run")
        Path work;

        @Option(names = "--requests", defaultValue = "200", description = "timed requests per page kind")
        int requests;

        @Option(names = "--seed", defaultValue = "11")
        long seed;

        @Option(names = "--json", description = "write the results here as JSON")
        @Nullable
        Path json;

        @Override
        public Integer call() throws Exception {
            Path data = ImportResults.ficshelfData(work);
            Map<String, Object> machine = Machine.describe();
            List<WebBench.Page> pages = WebBench.run(data, WordModel.load(), requests, seed);
            System.out.printf(Locale.ROOT, "reading room over %s; machine: %s%n", data, machine);
            System.out.printf(Locale.ROOT, "%-28s %9s %9s %9s %9s %10s%n", "page", "requests", "p50 ms",
                    "p99 ms",
                    "max ms", "mean KB");
            for (WebBench.Page p : pages) {
                System.out.printf(Locale.ROOT, "%-28s %9d %9.1f %9.1f %9.1f %10.1f%n", p.name(),
                        p.latency().count(),
                        p.latency().p50(), p.latency().p99(), p.latency().max(), p.meanBytes() / 1024.0);
            }
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("benchmark", "web");
                doc.put("date", LocalDate.now(ZoneOffset.UTC).toString());
                doc.put("machine", machine);
                doc.put("data", String.valueOf(data.getFileName()));
                doc.put("pages", pages);
                Files.write(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsBytes(doc));
                System.out.println("wrote " + json);
            }
            return 0;
        }
    }
}
