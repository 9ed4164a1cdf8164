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

/** The benchmark harness: {@code gen} writes a corpus, {@code parse} measures decode and parse. */
@Command(name = "ficshelf-bench", mixinStandardHelpOptions = true, subcommands = {BenchMain.Gen.class,
        BenchMain.Parse.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    /** {@code gen --works N --seed S --out DIR}. */
    @Command(name = "gen", description = "Write a reproducible legacy-format corpus with ground truth.")
    static final class Gen implements Callable<Integer> {
        @Option(names = "--works", required = true)
        long works;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Option(names = "--out", required = true)
        Path out;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            CorpusWriter.Totals totals = CorpusWriter.write(new WorkGenerator(WordModel.load(), seed), works,
                    out);
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
            System.out.printf(Locale.ROOT, "%-40s %12s %10s%n", "subject", "MB/s/core", "x baseline");
            for (ParseBench.Figure f : figures) {
                System.out.printf(Locale.ROOT, "%-40s %12.1f %10.3f%n", f.subject(), f.mbPerSecond(),
                        f.mbPerSecond() / base);
            }
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
}
