package org.ficshelf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class ParseBench {
    /** One measured subject: name, median MB/s, and every round's MB/s. */
    record Figure(String subject, double mbPerSecond, double[] rounds) {
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
        List<Figure> figures = new ArrayList<>();
        figures.add(measure("baseline: UTF-8 decode + line split", this::baseline, rounds, warmupSeconds));
        figures.add(measure("ficshelf: decode + parse", this::decodeAndParse, rounds, warmupSeconds));
        figures.add(measure("ficshelf: full read (+ infer)", this::fullRead, rounds, warmupSeconds));
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

    private Figure measure(String subject, java.util.function.LongSupplier pass, int rounds, double warmup) {
        long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
        long sink = 0;
        do {
            sink += pass.getAsLong();
        } while (System.nanoTime() < warmEnd);
        double[] mbs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += pass.getAsLong();
            double seconds = (System.nanoTime() - t0) / 1e9;
            mbs[r] = totalBytes / 1e6 / seconds;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        double[] sorted = mbs.clone();
        Arrays.sort(sorted);
        return new Figure(subject, sorted[rounds / 2], mbs);
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
            rows.add(row);
        }
        json.put("results", rows);
        return json;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
