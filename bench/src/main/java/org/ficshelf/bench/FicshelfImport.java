package org.ficshelf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.catalog.Outcome;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.jspecify.annotations.Nullable;

/**
 * Ficshelf's end-to-end import, as {@code ficshelf import} runs it: the {@link Archive} with its
 * embedded Lucene index, into a fresh data directory. Then, on the loaded archive, the time until
 * a newly imported work is found by a search.
 */
final class FicshelfImport {
    /** The index directory inside a data directory (as the command line keeps it). */
    static final String INDEX_DIR = "index";
    private static final int FRESH_WORKS = 5;

    /** What an import measured. */
    record Figures(long works, long bytes, double seconds, HeapWatch.Peak peak, long indexBytes,
            long catalogBytes, long originalsBytes, double[] searchableMillis, double[] importCallMillis) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        double worksPerSecond() {
            return works / seconds;
        }

        double searchableMedianMillis() {
            return median(searchableMillis);
        }
    }

    /**
     * What importing one part of the corpus measured: works imported, their bytes, the time of
     * the import call; {@code skipped} works were already in the archive (committed by a stopped
     * attempt), {@code reindexed} works the index lacked when the archive opened.
     */
    record Step(long works, long bytes, double seconds, HeapWatch.Peak peak, long skipped, int reindexed) {
    }

    static final String SUBJECT = "ficshelf";

    private FicshelfImport() {
    }

    /**
     * Imports part {@code chunk} of the corpus into the archive in {@code data} (created when
     * absent) exactly as {@code ficshelf import} would; works an earlier, stopped attempt
     * committed are found already present (by their bytes) and not imported again.
     */
    static Step add(Corpus part, int chunk, Path data, int threads, Interrupt interrupt, AtomicLong progress)
            throws IOException {
        ImportOptions options = new ImportOptions(ImportOptions.defaults().limits(), false, threads);
        long[] counts = new long[3];
        ImportListener listener = new ImportListener() {
            @Override
            public void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
                switch (outcome) {
                    case IMPORTED, ASSEMBLED, REJECTED -> {
                        counts[0] += outcome == Outcome.IMPORTED ? 1 : 0;
                        counts[1] += diskBytes;
                        progress.addAndGet(diskBytes);
                        interrupt.after(SUBJECT, chunk, counts[0]);
                    }
                    case ALREADY_PRESENT -> counts[2]++;
                    case SKIPPED -> {
                    }
                }
            }
        };
        try (Archive archive = open(data)) {
            int reindexed = archive.reindexedOnOpen();
            HeapWatch watch = HeapWatch.start();
            long t0 = System.nanoTime();
            ImportSummary summary = archive.importPaths(part.roots(), options, listener);
            double seconds = (System.nanoTime() - t0) / 1e9;
            HeapWatch.Peak peak = watch.stop();
            return new Step(summary.imported(), counts[1], seconds, peak, summary.alreadyPresent(),
                    reindexed);
        }
    }

    /** The time to searchable of {@link #timeToSearchable}, on the archive in {@code data}. */
    static double[][] timeToSearchable(Path data, int threads, WordModel model) throws IOException {
        ImportOptions options = new ImportOptions(ImportOptions.defaults().limits(), false, threads);
        try (Archive archive = open(data)) {
            int attempt = 0;
            while (archive.search(SearchQuery.of(marker(0, attempt))).total() > 0) {
                attempt++; // a stopped run imported these fresh works already: take new ones
            }
            return timeToSearchable(archive, data.resolve("fresh"), options, model, attempt);
        }
    }

    /** Works in the archive's catalog. */
    static long count(Path data) throws IOException {
        try (Archive archive = open(data)) {
            return archive.indexedWorks();
        }
    }

    static Archive open(Path data) throws IOException {
        return Archive.open(data, d -> LuceneBackend.open(d.resolve(INDEX_DIR)));
    }

    /**
     * Imports a few fresh works one at a time into the loaded archive; for each, the time from
     * the import call until a search for its unique word finds it, and the import call's own time.
     */
    static double[][] timeToSearchable(Archive archive, Path dir, ImportOptions options, WordModel model)
            throws IOException {
        return timeToSearchable(archive, dir, options, model, 0);
    }

    private static double[][] timeToSearchable(Archive archive, Path dir, ImportOptions options,
            WordModel model,
            int attempt)
            throws IOException {
        Files.createDirectories(dir);
        double[] found = new double[FRESH_WORKS];
        double[] calls = new double[FRESH_WORKS];
        for (int i = 0; i < FRESH_WORKS; i++) {
            String marker = marker(i, attempt);
            Path file = dir.resolve("fresh-" + attempt + "-" + i + ".txt");
            Files.writeString(file, freshText(marker, i, model), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            CompletableFuture<Long> call = CompletableFuture.supplyAsync(() -> {
                try {
                    archive.importPaths(List.of(file), options, ImportListener.NONE);
                    return System.nanoTime();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            SearchQuery q = SearchQuery.of(marker);
            while (archive.search(q).total() == 0) {
                if (call.isCompletedExceptionally()) {
                    break;
                }
                Thread.onSpinWait();
                sleepMillis(1);
            }
            found[i] = (System.nanoTime() - t0) / 1e6;
            try {
                calls[i] = (call.get() - t0) / 1e6;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("fresh import failed: " + e.getCause(), e.getCause());
            }
        }
        return new double[][]{found, calls};
    }

    /** A word no generated text holds: letters only, so every analyzer keeps it as one token. */
    static String marker(int i, int attempt) {
        return "zqfreshwork" + (char) ('a' + i) + "x" + letters(attempt);
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int v = n; v > 0; v /= 26) {
            b.append((char) ('a' + v % 26));
        }
        return b.toString();
    }

    private static String freshText(String marker, int i, WordModel model) {
        List<String> nouns = new ArrayList<>(Arrays.asList(model.words("noun")));
        StringBuilder b = new StringBuilder();
        b.append("Title: Fresh Arrival ").append(i).append("\nAuthor: Bench\nRating: PG\n\n");
        for (int p = 0; p < 20; p++) {
            b.append("The ").append(nouns.get((p * 7 + i) % nouns.size())).append(" waited by the ")
                    .append(nouns.get((p * 13 + i) % nouns.size())).append(". ");
            if (p == 10) {
                b.append("Nobody had seen a ").append(marker).append(" before. ");
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    static String describe(Figures f) {
        return String.format(Locale.ROOT, "%d works, %.1f MB in %.1f s", f.works(), f.bytes() / 1e6,
                f.seconds());
    }
}
