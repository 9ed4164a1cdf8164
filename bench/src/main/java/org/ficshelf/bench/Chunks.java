package org.ficshelf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chunks a run imports one after the other. From an existing corpus, a chunk is a run of its
 * sub-folders (read in place, never deleted); for a generated corpus, a range of work numbers
 * written into the work folder just before it is imported and deleted once every subject has it.
 * Generated chunks hold the same bytes, in the same sub-folders, as {@code gen} would write.
 */
final class Chunks {
    /** Works of the sample the query mix is built from (the corpus's first sub-folder). */
    static final int SAMPLE_WORKS = 1000;

    /** One chunk: works {@code from} to {@code to} of a generated corpus, or sub-folders of an existing one. */
    record Part(int index, long from, long to, List<Path> folders) {
    }

    private final @org.jspecify.annotations.Nullable Path existing;
    private final long works;
    private final long seed;
    private final Path work;
    private final List<Part> parts;

    private Chunks(@org.jspecify.annotations.Nullable Path existing, long works, long seed, Path work,
            List<Part> parts) {
        this.existing = existing;
        this.works = works;
        this.seed = seed;
        this.work = work;
        this.parts = parts;
    }

    /** Chunks of about {@code chunkWorks} works over the sub-folders of an existing corpus. */
    static Chunks existing(Path dir, int chunkWorks, Path work) throws IOException {
        Map<Path, Integer> folders = Corpus.storyFolders(dir);
        List<Part> parts = new ArrayList<>();
        long total = 0;
        if (folders.isEmpty()) {
            parts.add(new Part(0, 0, new Corpus(dir).size().files(), List.of()));
        }
        List<Path> open = new ArrayList<>();
        long from = 0;
        for (Map.Entry<Path, Integer> e : folders.entrySet()) {
            open.add(e.getKey());
            total += e.getValue();
            if (total - from >= chunkWorks) {
                parts.add(new Part(parts.size(), from, total, List.copyOf(open)));
                open.clear();
                from = total;
            }
        }
        if (!open.isEmpty()) {
            parts.add(new Part(parts.size(), from, total, List.copyOf(open)));
        }
        return new Chunks(dir, parts.isEmpty() ? 0 : parts.get(parts.size() - 1).to(), 0, work, parts);
    }

    /** Chunks of {@code chunkWorks} works of the corpus {@code gen --works works --seed seed} writes. */
    static Chunks generated(long works, long seed, int chunkWorks, Path work) {
        List<Part> parts = new ArrayList<>();
        for (long from = 0; from < works; from += chunkWorks) {
            parts.add(new Part(parts.size(), from, Math.min(works, from + chunkWorks), List.of()));
        }
        return new Chunks(null, works, seed, work, parts);
    }

    List<Part> parts() {
        return parts;
    }

    long works() {
        return works;
    }

    long seed() {
        return seed;
    }

    boolean generated() {
        return existing == null;
    }

    /** How the plan names the corpus. */
    String name() {
        return existing != null
                ? "existing:" + existing.toAbsolutePath().normalize().getFileName()
                : "generated";
    }

    private Path dir(Part p) {
        return work.resolve("chunks").resolve(String.format(Locale.ROOT, "chunk-%04d", p.index()));
    }

    /** The chunk's story files, generating them first for a generated corpus (again when a stop cut that short). */
    Corpus materialize(Part p, PrintStream log) throws IOException {
        if (existing != null) {
            return p.folders().isEmpty() ? new Corpus(existing) : new Corpus(existing, p.folders());
        }
        Path dir = dir(p);
        Path done = dir.resolveSibling(dir.getFileName() + ".done");
        if (!Files.exists(done)) {
            Workdirs.delete(dir);
            log.printf(Locale.ROOT, "[chunk %d/%d] generating works %,d to %,d (seed %d)%n", p.index() + 1,
                    parts.size(), p.from(), p.to() - 1, seed);
            generate(p.from(), p.to(), dir);
            Files.writeString(done, "works " + p.from() + " to " + p.to() + "\n", StandardCharsets.UTF_8);
        }
        return new Corpus(dir);
    }

    /**
     * Generates works {@code from} to {@code to} on every core, a slice of each sub-folder per
     * task: work {@code i} is the same bytes whichever thread writes it.
     */
    private void generate(long from, long to, Path dir) throws IOException {
        generate(seed, from, to, dir);
    }

    /** Works {@code from} to {@code to} of the corpus of {@code seed}, written on every core. */
    static CorpusWriter.Totals generate(long seed, long from, long to, Path dir) throws IOException {
        WorkGenerator generator = new WorkGenerator(WordModel.load(), seed);
        List<long[]> slices = new ArrayList<>();
        for (long a = from; a < to; a = Math.min(to, (a / 1000 + 1) * 1000)) {
            slices.add(new long[]{a, Math.min(to, (a / 1000 + 1) * 1000)});
        }
        try {
            return slices.parallelStream().map(r -> {
                try {
                    return CorpusWriter.write(generator, r[0], r[1], dir);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce(CorpusWriter.Totals::plus).orElse(new CorpusWriter.Totals(0, 0));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes a generated chunk once every subject has imported it. */
    void release(Part p) throws IOException {
        if (existing == null) {
            Path dir = dir(p);
            Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + ".done"));
            Workdirs.delete(dir);
        }
    }

    /** The corpus the query mix samples: an existing corpus itself, or its first works generated aside. */
    Corpus sample() throws IOException {
        if (existing != null) {
            return new Corpus(existing);
        }
        Path dir = work.resolve("sample");
        Path done = work.resolve("sample.done");
        if (!Files.exists(done)) {
            Workdirs.delete(dir);
            CorpusWriter.write(new WorkGenerator(WordModel.load(), seed), 0, Math.min(works, SAMPLE_WORKS),
                    dir);
            Files.writeString(done, "the first works of the corpus\n", StandardCharsets.UTF_8);
        }
        return new Corpus(dir);
    }
}
