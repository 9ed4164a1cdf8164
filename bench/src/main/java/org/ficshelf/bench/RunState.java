package org.ficshelf.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The record of a chunked import run, kept in its work folder so that running the same command
 * again continues where a stopped run left off: the plan, and for each chunk the figures of each
 * subject that finished it. Written whole to a temporary file, forced, then renamed over the old.
 */
record RunState(Plan plan, List<Chunk> chunks, @Nullable String running, @Nullable Finish finish) {
    static final String FILE = "bench-run.json";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What a run does: its corpus ({@code generated} with works and seed, or the name of an
     * existing folder), chunk size, and whether originals are dropped after each chunk.
     */
    record Plan(String corpus, long works, long seed, int chunkWorks, int chunks, boolean dropOriginals) {
    }

    /** One subject over one chunk: works added, bytes, seconds, peaks; skipped and resumed after a stop. */
    record Step(long works, long bytes, double seconds, long peakHeapMB, long peakRssMB, long skipped,
            boolean resumed) {
        double mbPerSecond() {
            return seconds > 0 ? bytes / 1e6 / seconds : 0;
        }
    }

    /** Bytes on disk of each subject's data. */
    record Sizes(long ficshelfIndex, long catalog, long originals, long luceneAlone, long fts5) {
    }

    /**
     * One chunk: its works and raw bytes, seconds spent generating it (0 when read from an
     * existing corpus), each subject's step (null until done), the originals it added, and
     * whether they were dropped; sizes after the chunk.
     */
    record Chunk(int index, long works, long bytes, double generateSeconds, @Nullable Step ficshelf,
            @Nullable Step lucene, @Nullable Step fts5, long originalsBytes, boolean originalsDropped,
            @Nullable Sizes after) {
        boolean done() {
            return ficshelf != null && lucene != null && fts5 != null && after != null;
        }
    }

    /** After the last chunk: sizes, works each subject holds, and time to searchable. */
    record Finish(Sizes sizes, long ficshelfWorks, long luceneWorks, long fts5Works,
            double[] searchableMillis,
            double[] importCallMillis) {
    }

    static Path file(Path work) {
        return work.resolve(FILE);
    }

    /** The state in {@code work}, or null when no run was started there. */
    static @Nullable RunState load(Path work) throws IOException {
        Path f = file(work);
        return Files.exists(f) ? JSON.readValue(f.toFile(), RunState.class) : null;
    }

    static RunState start(Plan plan) {
        return new RunState(plan, List.of(), null, null);
    }

    void save(Path work) throws IOException {
        Path f = file(work);
        Path tmp = f.resolveSibling(FILE + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(this));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Chunk {@code i} as recorded, or null before it was started. */
    @Nullable
    Chunk chunk(int i) {
        return chunks.stream().filter(c -> c.index() == i).findFirst().orElse(null);
    }

    RunState with(Chunk c) {
        List<Chunk> out = new ArrayList<>(chunks);
        out.removeIf(x -> x.index() == c.index());
        out.add(c);
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new RunState(plan, out, running, finish);
    }

    /** Marks (or clears, with null) the step under way, so a later run knows it was stopped there. */
    RunState running(@Nullable String step) {
        return new RunState(plan, chunks, step, finish);
    }

    RunState finished(Finish f) {
        return new RunState(plan, chunks, running, f);
    }

    /** Chunks every subject finished. */
    List<Chunk> done() {
        return chunks.stream().filter(Chunk::done).toList();
    }

    boolean sameRun(Plan other) {
        return Objects.equals(plan.corpus(), other.corpus()) && plan.works() == other.works()
                && plan.seed() == other.seed() && plan.chunkWorks() == other.chunkWorks();
    }
}
