package org.ficshelf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.ficshelf.ProblemList;
import org.ficshelf.WorkReader;
import org.ficshelf.decode.LostEllipsis;
import org.ficshelf.format.Formats;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.parse.WorkParser;

/**
 * Decode+parse and full-pipeline throughput on one thread, side by side with a baseline that
 * only decodes UTF-8 and splits lines (the least any reader must do). Figures are MB/s of
 * input per core and ratios to the baseline, medians of several timed rounds after warm-up.
 * The rounds of the subjects take turns (baseline, decode+parse, full read, baseline...), so a
 * change in the machine's load falls on all of them alike; each round is timed by the wall clock
 * and by the thread's CPU time, which a loaded machine disturbs far less (a thread waiting for a
 * core uses none).
 */
final class ParseBench {
    /**
     * One measured subject: name, median MB/s by the wall clock and every round's, median MB/s
     * per CPU-second of the thread and every round's.
     */
    record Figure(String subject, double mbPerSecond, double[] rounds, double cpuMbPerSecond,
            double[] cpuRounds) {
    }

    /**
     * What inference adds to decode+parse time, from the medians of the full read and of
     * decode+parse: {@code (1/full - 1/parse) / (1/parse)}; by CPU time when {@code cpu}.
     */
    static double inferenceShare(List<Figure> figures, boolean cpu) {
        Figure parse = figures.get(1);
        Figure full = figures.get(2);
        double p = cpu ? parse.cpuMbPerSecond() : parse.mbPerSecond();
        double f = cpu ? full.cpuMbPerSecond() : full.mbPerSecond();
        return p / f - 1;
    }

    private final List<byte[]> inputs;
    private final List<String> names;
    private final long totalBytes;

    private ParseBench(List<byte[]> inputs, List<String> names) {
        this.inputs = inputs;
        this.names = names;
        this.totalBytes = inputs.stream().mapToLong(b -> b.length).sum();
    }

    /** Loads every story file (not truth files) under {@code dir}, up to {@code maxBytes}. */
    static ParseBench load(Path dir, long maxBytes) throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".md") || total >= maxBytes) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                inputs.add(bytes);
                names.add(name);
                total += bytes.length;
            }
        }
        return new ParseBench(inputs, names);
    }

    long totalBytes() {
        return totalBytes;
    }

    int files() {
        return inputs.size();
    }

    List<Figure> run(int rounds, double warmupSeconds) {
        List<String> subjects = List.of("baseline: UTF-8 decode + line split", "ficshelf: decode + parse",
                "ficshelf: full read (+ infer)");
        List<LongSupplier> passes = List.of(this::baseline, this::decodeAndParse,
                this::fullRead);
        long sink = 0;
        for (LongSupplier pass : passes) {
            long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            do {
                sink += pass.getAsLong();
            } while (System.nanoTime() < warmEnd);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[passes.size()][rounds];
        double[][] cpu = new double[passes.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < passes.size(); k++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += passes.get(k).getAsLong();
                wall[k][r] = totalBytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
                cpu[k][r] = totalBytes / 1e6 / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < passes.size(); k++) {
            figures.add(new Figure(subjects.get(k), FicshelfImport.median(wall[k]), wall[k],
                    FicshelfImport.median(cpu[k]), cpu[k]));
        }
        return figures;
    }

    private long baseline() {
        long sink = 0;
        for (byte[] b : inputs) {
            String text = new String(b, StandardCharsets.UTF_8);
            sink += text.split("\n", -1).length;
        }
        return sink;
    }

    private long decodeAndParse() {
        long sink = 0;
        for (int i = 0; i < inputs.size(); i++) {
            SourceDocument source = Formats.read(inputs.get(i), names.get(i));
            ProblemList problems = ProblemList.tracking();
            LostEllipsis.repair(source.lines(), problems);
            sink += WorkParser.parse(source).body().chapters().size();
        }
        return sink;
    }

    private long fullRead() {
        WorkReader reader = new WorkReader();
        long sink = 0;
        for (int i = 0; i < inputs.size(); i++) {
            sink += reader.read(inputs.get(i), names.get(i)).record().words();
        }
        return sink;
    }

    static Map<String, Object> toJson(ParseBench bench, List<Figure> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", bench.files());
        json.put("bytes", bench.totalBytes());
        List<Map<String, Object>> rows = new ArrayList<>();
        double base = figures.get(0).mbPerSecond();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subject", f.subject());
            row.put("mbPerSecondPerCore", round(f.mbPerSecond()));
            row.put("ratioToBaseline", round(f.mbPerSecond() / base));
            row.put("rounds", Arrays.stream(f.rounds()).map(ParseBench::round).toArray());
            row.put("mbPerCpuSecond", round(f.cpuMbPerSecond()));
            row.put("ratioToBaselineByCpu", round(f.cpuMbPerSecond() / figures.get(0).cpuMbPerSecond()));
            row.put("cpuRounds", Arrays.stream(f.cpuRounds()).map(ParseBench::round).toArray());
            rows.add(row);
        }
        json.put("results", rows);
        json.put("inferenceAddsToDecodeParse", round(inferenceShare(figures, false)));
        json.put("inferenceAddsToDecodeParseByCpu", round(inferenceShare(figures, true)));
        return json;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
