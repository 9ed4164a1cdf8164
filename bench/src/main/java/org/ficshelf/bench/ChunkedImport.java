package org.ficshelf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The import side of a run, chunk by chunk so that a million works fit on the disk and a run
 * survives being stopped: each chunk is imported into every subject (Ficshelf, Lucene alone,
 * FTS5), each subject's time, bytes and peaks recorded per chunk and summed; a generated chunk is
 * deleted once every subject has it. The {@link RunState} in the work folder records what is
 * done, so the same command run again continues: finished steps are kept, a stopped step is run
 * again, and each subject then skips the works the stopped attempt had committed.
 */
final class ChunkedImport {
    /** Mean bytes of a generated story (seed 11: 3,055 MB for 100,000 works); a plan's first guess. */
    static final long GENERATED_BYTES_PER_WORK = 30_550;
    /** Throughputs (MB/s) assumed before a subject has finished a chunk: figures of earlier runs. */
    private static final double PRIOR_FICSHELF = 4.0;
    private static final double PRIOR_LUCENE = 12.0;
    private static final double PRIOR_FTS5 = 15.0;
    private static final double PRIOR_GENERATE = 11.0;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What to do with Ficshelf's originals after each chunk. */
    enum OriginalsPolicy {
        KEEP, DROP, AUTO
    }

    /**
     * How a chunked run is done: import threads, works per chunk, the originals policy, whether
     * to start afresh, to go on when the disk looks too small, the baselines' commit interval,
     * seconds between progress lines (0: none), the search seconds the ETA adds, how many chunks
     * this invocation may import (0: all), and a stop for tests.
     */
    record Settings(int threads, int chunkWorks, OriginalsPolicy originals, boolean fresh, boolean force,
            int commitEvery, double progressSeconds, double searchSeconds, int maxChunks,
            Interrupt interrupt) {
    }

    private final Chunks chunks;
    private final Path work;
    private final Settings s;
    private final PrintStream log;
    private RunState state;
    private long rawTotal;

    private ChunkedImport(Chunks chunks, Path work, Settings s, PrintStream log, RunState state,
            long rawTotal) {
        this.chunks = chunks;
        this.work = work;
        this.s = s;
        this.log = log;
        this.state = state;
        this.rawTotal = rawTotal;
    }

    /**
     * Prints what running (or continuing) this import would need, disk and time, and changes
     * nothing: the rates are those a run in {@code work} measured so far, else earlier runs'.
     */
    static void plan(Chunks chunks, Path work, Settings s, PrintStream log) throws IOException {
        RunState state = Files.exists(work) ? RunState.load(work) : null;
        long raw = chunks.generated() ? chunks.works() * GENERATED_BYTES_PER_WORK : totalBytes(chunks);
        long chunkRaw = raw * Math.min(s.chunkWorks(), Math.max(1, chunks.works()))
                / Math.max(1, chunks.works());
        Path existing = work;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.toAbsolutePath().getParent();
        }
        long free = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
        if (state == null) {
            boolean drop = s.originals() == OriginalsPolicy.DROP || s.originals() == OriginalsPolicy.AUTO
                    && !new DiskPlan(DiskPlan.Ratios.PRIOR, raw, chunkRaw, chunks.generated(), false).fits(0,
                            free);
            state = RunState
                    .start(new RunState.Plan(chunks.name(), chunks.works(), seedOf(chunks, s), s.chunkWorks(),
                            chunks.parts().size(), drop));
        }
        log.printf(Locale.ROOT,
                "plan: %,d works in %d chunk(s) of up to %,d, %.1f GB of raw text%s; originals %s%n",
                chunks.works(), chunks.parts().size(), s.chunkWorks(), raw / 1e9,
                chunks.generated() ? " (estimated), generated a chunk at a time" : "",
                state.plan().dropOriginals() ? "dropped after each chunk" : "kept");
        ChunkedImport run = new ChunkedImport(chunks, work, s, log, state, raw);
        if (Files.exists(work)) {
            run.checkDisk(chunkRaw, true, false);
        } else {
            new DiskPlan(DiskPlan.Ratios.PRIOR, raw, chunkRaw, chunks.generated(),
                    state.plan().dropOriginals())
                    .print(log, 0, free);
        }
        run.eta("plan");
    }

    /**
     * Runs (or continues) the chunked import and returns its figures summed over the chunks;
     * null when it stopped, as asked, after {@link Settings#maxChunks} chunks.
     */
    static @Nullable ImportResults run(Chunks chunks, Path work, Settings s, PrintStream log)
            throws IOException {
        Files.createDirectories(work);
        RunState state = s.fresh() ? null : RunState.load(work);
        long raw = chunks.generated() ? chunks.works() * GENERATED_BYTES_PER_WORK : totalBytes(chunks);
        long chunkRaw = raw * Math.min(s.chunkWorks(), Math.max(1, chunks.works()))
                / Math.max(1, chunks.works());
        long free = Files.getFileStore(work).getUsableSpace();
        if (state == null) {
            clean(work);
            boolean drop = switch (s.originals()) {
                case KEEP -> false;
                case DROP -> true;
                case AUTO ->
                    !new DiskPlan(DiskPlan.Ratios.PRIOR, raw, chunkRaw, chunks.generated(), false).fits(0,
                            free);
            };
            state = RunState
                    .start(new RunState.Plan(chunks.name(), chunks.works(), seedOf(chunks, s), s.chunkWorks(),
                            chunks.parts().size(), drop));
            state.save(work);
        } else {
            RunState.Plan want = new RunState.Plan(chunks.name(), chunks.works(), seedOf(chunks, s),
                    s.chunkWorks(),
                    chunks.parts().size(), state.plan().dropOriginals());
            if (!state.sameRun(want)) {
                throw new IOException("the work folder " + work + " holds another run (" + state.plan()
                        + "); give another --work, or --fresh to delete it and start again");
            }
            log.printf(Locale.ROOT, "continuing the run in %s: %d of %d chunks done%s%n", work,
                    state.done().size(),
                    state.plan().chunks(),
                    state.running() != null ? "; stopped during " + state.running() : "");
        }
        ChunkedImport run = new ChunkedImport(chunks, work, s, log, state, raw);
        run.checkDisk(chunkRaw, true, true);
        run.eta("plan");
        int imported = 0;
        for (Chunks.Part p : chunks.parts()) {
            RunState.Chunk c = run.state.chunk(p.index());
            if (c != null && c.done()) {
                continue;
            }
            if (s.maxChunks() > 0 && imported == s.maxChunks()) {
                log.printf(Locale.ROOT,
                        "stopped after %d chunk(s), as asked; run the same command again to continue%n",
                        imported);
                return null;
            }
            run.chunk(p, chunkRaw);
            imported++;
        }
        return run.finish();
    }

    private static long seedOf(Chunks chunks, Settings s) {
        return chunks.generated() ? chunks.seed() : 0;
    }

    private static long totalBytes(Chunks chunks) throws IOException {
        long total = 0;
        for (Chunks.Part p : chunks.parts()) {
            total += chunks.materialize(p, System.err).size().bytes();
        }
        return total;
    }

    /** Deletes the subjects' data and chunks a run left (an earlier run, or one with another plan). */
    static void clean(Path work) throws IOException {
        Workdirs.delete(ImportResults.ficshelfData(work));
        Workdirs.delete(ImportResults.luceneIndex(work));
        Fts5Baseline.delete(ImportResults.fts5Db(work));
        Workdirs.delete(work.resolve("chunks"));
        Files.deleteIfExists(RunState.file(work));
    }

    private boolean drop() {
        return state.plan().dropOriginals();
    }

    /** Prints the disk plan; refuses to go on when it does not fit (unless forced). */
    private void checkDisk(long chunkRaw, boolean first, boolean refuse) throws IOException {
        RunState.Sizes now = sizesNow();
        long used = now.ficshelfIndex() + now.catalog() + (drop() ? 0 : now.originals()) + now.luceneAlone()
                + now.fts5();
        long rawDone = state.done().stream().mapToLong(RunState.Chunk::bytes).sum();
        // ratios from the sizes recorded when the last chunk finished: a step stopped half-way has
        // added index and catalog bytes for works that rawDone does not count yet
        RunState.Sizes atLastDone = state.done().stream().map(RunState.Chunk::after).filter(Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
        DiskPlan.Ratios ratios = rawDone > 0 && atLastDone != null
                ? DiskPlan.Ratios.measured(atLastDone, rawDone, originalsTotal())
                : DiskPlan.Ratios.PRIOR;
        if (ratios.measured() && ratios.fts5() == 0) {
            ratios = DiskPlan.Ratios.PRIOR;
        }
        DiskPlan plan = new DiskPlan(ratios, rawTotal, chunkRaw, chunks.generated(), drop());
        long free = Files.getFileStore(work).getUsableSpace();
        if (first) {
            plan.print(log, used, free);
        }
        if (!plan.fits(used, free)) {
            if (!first) {
                plan.print(log, used, free);
            }
            if (!s.force() && refuse) {
                throw new IOException(String.format(Locale.ROOT,
                        "not enough disk in %s: %.1f GB more needed, %.1f GB free (free some, or --force; the run"
                                + " continues from here when started again)",
                        work, plan.more(used) / 1e9, free / 1e9));
            }
            log.println("warning: going on without enough disk (--force)");
        }
    }

    private void chunk(Chunks.Part p, long chunkRaw) throws IOException {
        RunState.Chunk c = state.chunk(p.index());
        if (c != null && c.done()) {
            return;
        }
        if (c == null) {
            c = new RunState.Chunk(p.index(), p.to() - p.from(), 0, 0, null, null, null, 0, false, null);
        }
        if (!state.done().isEmpty()) {
            checkDisk(chunkRaw, false, true);
        }
        String label = String.format(Locale.ROOT, "[chunk %d/%d]", p.index() + 1, chunks.parts().size());
        long t0 = System.nanoTime();
        Corpus corpus = chunks.materialize(p, log);
        double generated = chunks.generated() ? (System.nanoTime() - t0) / 1e9 : 0;
        Corpus.Size size = corpus.size();
        c = new RunState.Chunk(c.index(), size.files(), size.bytes(),
                Math.max(c.generateSeconds(), generated),
                c.ficshelf(), c.lucene(), c.fts5(), c.originalsBytes(), c.originalsDropped(), c.after());
        warmPageCache(corpus);
        log.printf(Locale.ROOT, "%s %,d works, %,.1f MB%n", label, size.files(), size.bytes() / 1e6);
        if (c.ficshelf() == null) {
            c = ficshelf(c, corpus, label);
        }
        if (drop() && !c.originalsDropped()) {
            Workdirs.delete(originalsDir());
            c = withDropped(c);
            save(c, null);
        }
        if (c.lucene() == null) {
            RunState.Chunk at = c;
            c = step(c, "lucene alone", label, size.bytes(), (progress, resumed) -> {
                LuceneAlone.Figures f = LuceneAlone.add(corpus, p.index(), ImportResults.luceneIndex(work),
                        s.threads(), s.commitEvery(), s.interrupt(), progress);
                return withLucene(at,
                        new RunState.Step(f.works(), f.bytes(), f.seconds(), f.peak().heapUsedMB(),
                                f.peak().rssMB(), f.skipped(), resumed || f.skipped() > 0));
            });
        }
        if (c.fts5() == null) {
            RunState.Chunk at = c;
            c = step(c, "sqlite fts5", label, size.bytes(), (progress, resumed) -> {
                Fts5Baseline.Figures f = Fts5Baseline.add(corpus, p.index(), ImportResults.fts5Db(work),
                        s.threads(), s.commitEvery(), s.interrupt(), progress);
                return withFts5(at, new RunState.Step(f.works(), f.bytes(), f.seconds(), -1, -1, f.skipped(),
                        resumed || f.skipped() > 0));
            });
        }
        chunks.release(p);
        RunState.Sizes after = sizesNow();
        c = new RunState.Chunk(c.index(), c.works(), c.bytes(), c.generateSeconds(), c.ficshelf(), c.lucene(),
                c.fts5(), c.originalsBytes(), c.originalsDropped(), after);
        save(c, null);
        printChunk(label, c);
        eta("after chunk " + (p.index() + 1));
    }

    private RunState.Chunk ficshelf(RunState.Chunk c, Corpus corpus, String label) throws IOException {
        long before = drop() ? 0 : Corpus.diskSize(originalsDir());
        return step(c, "ficshelf", label, c.bytes(), (progress, resumed) -> {
            FicshelfImport.Step f = FicshelfImport.add(corpus, c.index(), ImportResults.ficshelfData(work),
                    s.threads(), s.interrupt(), progress);
            long originals = Corpus.diskSize(originalsDir()) - before;
            RunState.Step step = new RunState.Step(f.works(), f.bytes(), f.seconds(), f.peak().heapUsedMB(),
                    f.peak().rssMB(), f.skipped(), resumed || f.skipped() > 0);
            return new RunState.Chunk(c.index(), c.works(), c.bytes(), c.generateSeconds(), step, c.lucene(),
                    c.fts5(), originals, false, c.after());
        });
    }

    /** A subject step that can throw I/O errors. */
    @FunctionalInterface
    private interface StepRun {
        /** Runs the step; {@code resumed} when a stopped run was doing this very step. */
        RunState.Chunk run(AtomicLong progress, boolean resumed) throws IOException;
    }

    /** Marks the step as under way, runs it with a progress ticker, records it done. */
    private RunState.Chunk step(RunState.Chunk c, String subject, String label, long bytes, StepRun run)
            throws IOException {
        boolean resumed = running(subject, c).equals(state.running());
        save(c, running(subject, c));
        AtomicLong progress = new AtomicLong();
        RunState.Chunk done;
        try (Ticker t = Ticker.start(log, label + " " + subject, bytes, progress, s.progressSeconds())) {
            done = run.run(progress, resumed);
        }
        save(done, null);
        RunState.Step st = stepOf(done, subject);
        log.printf(Locale.ROOT, "%s %-13s %,9d works %,10.1f MB %8.1f s %7.2f MB/s%s%n", label, subject,
                st.works(),
                st.bytes() / 1e6, st.seconds(), st.mbPerSecond(),
                st.skipped() > 0
                        ? String.format(Locale.ROOT, " (resumed: %,d works were already in)", st.skipped())
                        : "");
        return done;
    }

    private static RunState.@Nullable Step stepOfOrNull(RunState.Chunk c, String subject) {
        return switch (subject) {
            case "ficshelf" -> c.ficshelf();
            case "lucene alone" -> c.lucene();
            default -> c.fts5();
        };
    }

    private static RunState.Step stepOf(RunState.Chunk c, String subject) {
        RunState.Step st = stepOfOrNull(c, subject);
        if (st == null) {
            throw new IllegalStateException(subject + " did not finish chunk " + c.index());
        }
        return st;
    }

    private static String running(String subject, RunState.Chunk c) {
        return subject + " / chunk " + (c.index() + 1);
    }

    private void save(RunState.Chunk c, @Nullable String running) throws IOException {
        state = state.with(c).running(running);
        state.save(work);
    }

    private static RunState.Chunk withDropped(RunState.Chunk c) {
        return new RunState.Chunk(c.index(), c.works(), c.bytes(), c.generateSeconds(), c.ficshelf(),
                c.lucene(),
                c.fts5(), c.originalsBytes(), true, c.after());
    }

    private static RunState.Chunk withLucene(RunState.Chunk c, RunState.Step l) {
        return new RunState.Chunk(c.index(), c.works(), c.bytes(), c.generateSeconds(), c.ficshelf(), l,
                c.fts5(),
                c.originalsBytes(), c.originalsDropped(), c.after());
    }

    private static RunState.Chunk withFts5(RunState.Chunk c, RunState.Step f) {
        return new RunState.Chunk(c.index(), c.works(), c.bytes(), c.generateSeconds(), c.ficshelf(),
                c.lucene(), f,
                c.originalsBytes(), c.originalsDropped(), c.after());
    }

    private Path originalsDir() {
        return ImportResults.ficshelfData(work).resolve("originals");
    }

    private long originalsTotal() {
        return state.chunks().stream().mapToLong(RunState.Chunk::originalsBytes).sum();
    }

    private RunState.Sizes sizesNow() throws IOException {
        Path data = ImportResults.ficshelfData(work);
        long catalog = Corpus.diskSize(data.resolve("catalog.db"))
                + Corpus.diskSize(data.resolve("catalog.db-wal"));
        return new RunState.Sizes(Corpus.diskSize(data.resolve(FicshelfImport.INDEX_DIR)), catalog,
                drop() ? originalsTotal() : Corpus.diskSize(originalsDir()),
                Corpus.diskSize(ImportResults.luceneIndex(work)),
                Fts5Baseline.size(ImportResults.fts5Db(work)));
    }

    private static void warmPageCache(Corpus corpus) throws IOException {
        try {
            corpus.forEachStory(p -> {
                try {
                    Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void printChunk(String label, RunState.Chunk c) {
        RunState.Sizes a = java.util.Objects.requireNonNull(c.after());
        long raw = state.done().stream().mapToLong(RunState.Chunk::bytes).sum();
        log.printf(Locale.ROOT,
                "%s done; on disk after %,.0f MB of raw text: ficshelf index %.3f, catalog %.3f, originals %.3f%s,"
                        + " lucene alone %.3f, fts5 %.3f (x raw)%n",
                label, raw / 1e6, a.ficshelfIndex() / (double) raw, a.catalog() / (double) raw,
                a.originals() / (double) raw, drop() ? " (measured, then dropped)" : "",
                a.luceneAlone() / (double) raw, a.fts5() / (double) raw);
    }

    /** Prints each subject's MB/s so far and the time the run still needs. */
    private void eta(String when) {
        double[] rates = {rate("ficshelf", PRIOR_FICSHELF), rate("lucene alone", PRIOR_LUCENE),
                rate("sqlite fts5", PRIOR_FTS5)};
        String[] names = {"ficshelf", "lucene alone", "sqlite fts5"};
        double seconds = 0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            long doneBytes = state.chunks().stream().filter(c -> stepOfOrNull(c, name) != null)
                    .mapToLong(RunState.Chunk::bytes).sum();
            seconds += Math.max(0, rawTotal - doneBytes) / 1e6 / Math.abs(rates[i]);
            b.append(String.format(Locale.ROOT, "%s %.2f MB/s%s, ", name, Math.abs(rates[i]),
                    rates[i] < 0 ? " (assumed)" : ""));
        }
        if (chunks.generated()) {
            double gen = generateRate();
            long generatedBytes = state.done().stream().mapToLong(RunState.Chunk::bytes).sum();
            seconds += Math.max(0, rawTotal - generatedBytes) / 1e6 / Math.abs(gen);
            b.append(String.format(Locale.ROOT, "generation %.1f MB/s%s, ", Math.abs(gen),
                    gen < 0 ? " (assumed)" : ""));
        }
        double search = state.finish() == null ? s.searchSeconds() : 0;
        log.printf(Locale.ROOT, "ETA (%s): %simport ~%s more, then search ~%s; ends about %s%n", when, b,
                Ticker.duration(seconds), Ticker.duration(search),
                CLOCK.format(Instant.now().plusSeconds((long) (seconds + search))));
    }

    /** A subject's MB/s over the steps it finished, or minus the assumed figure before any. */
    private double rate(String subject, double prior) {
        double bytes = 0;
        double secs = 0;
        for (RunState.Chunk c : state.chunks()) {
            RunState.Step st = stepOfOrNull(c, subject);
            if (st != null) {
                bytes += st.bytes();
                secs += st.seconds();
            }
        }
        return secs > 0 && bytes > 0 ? bytes / 1e6 / secs : -prior;
    }

    private double generateRate() {
        double bytes = 0;
        double secs = 0;
        for (RunState.Chunk c : state.chunks()) {
            if (c.generateSeconds() > 0) {
                bytes += c.bytes();
                secs += c.generateSeconds();
            }
        }
        return secs > 0 ? bytes / 1e6 / secs : -PRIOR_GENERATE;
    }

    /** After the last chunk: sizes, counts and time to searchable (once), then the summed figures. */
    private ImportResults finish() throws IOException {
        if (state.finish() == null) {
            RunState.Sizes sizes = sizesNow();
            Path data = ImportResults.ficshelfData(work);
            long ficshelf = FicshelfImport.count(data);
            long lucene = LuceneAlone.count(ImportResults.luceneIndex(work));
            long fts5 = Fts5Baseline.count(ImportResults.fts5Db(work));
            log.println("import: time to searchable on the loaded archive ...");
            double[][] fresh = FicshelfImport.timeToSearchable(data, s.threads(), WordModel.load());
            state = state.finished(new RunState.Finish(sizes, ficshelf, lucene, fts5, fresh[0], fresh[1]));
            state.save(work);
            Workdirs.delete(ImportResults.luceneIndex(work)); // measured; only its size was needed
        }
        return ImportResults.of(state);
    }
}
