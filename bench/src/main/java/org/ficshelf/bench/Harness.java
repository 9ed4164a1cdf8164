package org.ficshelf.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One benchmark run end to end: a corpus (generated into the work folder unless it is there
 * already), the imports, the searches, the targets; printed as tables and kept as JSON with the
 * machine's description.
 */
final class Harness {
    /** How a run is done; {@code fts5Search} false searches Ficshelf alone (for profiling it). */
    record Options(int threads, long seed, double warmupSeconds, double measureSeconds, boolean fts5Search) {
        Options(int threads, long seed, double warmupSeconds, double measureSeconds) {
            this(threads, seed, warmupSeconds, measureSeconds, true);
        }
    }

    /** What a run found; either side may be absent when only the other was run. */
    record Report(String corpus, @Nullable ImportResults imports, @Nullable SearchResults search,
            List<Targets.Target> targets,
            Map<String, Object> machine) {
        Map<String, Object> toJson(String benchmark, Options o) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("benchmark", benchmark);
            doc.put("date", LocalDate.now(ZoneOffset.UTC).toString());
            doc.put("finished", Instant.now().toString());
            doc.put("machine", machine);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("dir", corpus);
            c.put("seed", o.seed());
            c.put("threads", o.threads());
            c.put("warmupSeconds", o.warmupSeconds());
            c.put("measureSeconds", o.measureSeconds());
            doc.put("settings", c);
            if (imports != null) {
                doc.put("import", imports.toJson());
            }
            if (search != null) {
                doc.put("search", search.toJson());
            }
            doc.put("targets", Targets.toJson(targets));
            return doc;
        }
    }

    private Harness() {
    }

    /** Default chunked-run settings for these options: originals kept when they fit, no progress lines. */
    static ChunkedImport.Settings settings(Options o, int chunkWorks) {
        return new ChunkedImport.Settings(o.threads(), chunkWorks, ChunkedImport.OriginalsPolicy.AUTO, false,
                false,
                Fts5Baseline.COMMIT_EVERY, 0, searchSeconds(o), 0, Interrupt.NONE);
    }

    /** About how long the search half takes: warm-up and two measured runs per engine, plus setting up. */
    static double searchSeconds(Options o) {
        return 2 * (o.warmupSeconds() + SearchResults.THREADS.length * o.measureSeconds()) + 60;
    }

    /** Imports chunk by chunk (continuing a stopped run in {@code work}), then searches. */
    static Report run(Chunks chunks, Path work, Options o, ChunkedImport.Settings settings, boolean imports,
            boolean search, PrintStream log)
            throws Exception {
        Files.createDirectories(work);
        Map<String, Object> machine = Machine.describe();
        log.println("machine: " + machine);
        ImportResults i = imports ? ChunkedImport.run(chunks, work, settings, log) : null;
        if (imports && i == null) {
            search = false; // stopped before the last chunk: nothing to search yet
        }
        SearchResults s = search
                ? SearchResults.run(chunks.sample(), work, o.seed(), o.warmupSeconds(), o.measureSeconds(),
                        o.fts5Search(), log)
                : null;
        Map<String, Object> after = Machine.describe();
        machine.put("loadAverageAfter", after.get("loadAverage"));
        Report report = new Report(chunks.name(), i, s, Targets.evaluate(i, s), machine);
        if (i != null) {
            i.print(log);
        }
        if (s != null) {
            s.print(log);
        }
        if (i != null || s != null) {
            Targets.print(report.targets(), log);
        }
        return report;
    }

    /** The chunks of the generated run recorded in {@code work} (for a search after its import). */
    static Chunks recorded(Path work) throws IOException {
        RunState state = RunState.load(work);
        if (state == null || !state.plan().corpus().equals("generated")) {
            throw new IOException("no generated run in " + work + "; give --corpus");
        }
        RunState.Plan p = state.plan();
        return Chunks.generated(p.works(), p.seed(), p.chunkWorks(), work);
    }

    /** Works per chunk when none is given: ten chunks, of 1,000 to 100,000 works. */
    static int autoChunk(long works) {
        if (works <= 1000) {
            return (int) Math.max(1, works);
        }
        long tenth = (works / 10 + 999) / 1000 * 1000;
        return (int) Math.max(1000, Math.min(100_000, tenth));
    }

    static void writeJson(Report report, String benchmark, Options o, Path json) throws IOException {
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsBytes(report.toJson(benchmark, o)));
    }
}
