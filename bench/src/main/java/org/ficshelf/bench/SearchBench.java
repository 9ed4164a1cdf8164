package org.ficshelf.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the query mix against one engine: a warm-up, then for each client-thread count every
 * thread runs the mix in its own seeded order, round after round, until the time is up (at least
 * one round each). Latencies are per query kind; QPS is queries over wall time.
 */
final class SearchBench {
    /** Latency percentiles in milliseconds and how many queries they cover. */
    record Latency(int count, double p50, double p95, double p99, double max) {
        static Latency of(double[] millis) {
            double[] s = millis.clone();
            Arrays.sort(s);
            return new Latency(s.length, pct(s, 50), pct(s, 95), pct(s, 99),
                    s.length == 0 ? 0 : s[s.length - 1]);
        }

        /** Nearest-rank percentile. */
        private static double pct(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /** One engine at one thread count: latencies by kind and over all, queries per second. */
    record Run(String engine, int threads, double qps, Latency all, Map<BenchQuery.Kind, Latency> byKind) {
    }

    /** An engine's results over the mix: its runs and the totals it found for each query. */
    record Result(String engine, List<Run> runs, Map<BenchQuery, Long> totals) {
    }

    private SearchBench() {
    }

    static Result run(SearchEngine engine, List<BenchQuery> mix, int[] threadCounts, double warmupSeconds,
            double measureSeconds, long seed) throws Exception {
        engine.prepare(mix);
        Map<BenchQuery, Long> totals = new LinkedHashMap<>();
        try (SearchEngine.Session s = engine.session()) {
            for (BenchQuery q : mix) {
                totals.put(q, s.run(q));
            }
            long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
            while (System.nanoTime() < warmEnd) {
                for (BenchQuery q : mix) {
                    s.run(q);
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int threads : threadCounts) {
            runs.add(measure(engine, mix, threads, measureSeconds, seed));
        }
        return new Result(engine.name(), runs, totals);
    }

    private static Run measure(SearchEngine engine, List<BenchQuery> mix, int threads, double seconds,
            long seed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<double[]>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        for (int t = 0; t < threads; t++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + t);
            futures.add(pool.submit(() -> client(engine, mix, end, random)));
        }
        Map<BenchQuery.Kind, List<Double>> byKind = new EnumMap<>(BenchQuery.Kind.class);
        List<Double> all = new ArrayList<>();
        try {
            for (Future<List<double[]>> f : futures) {
                for (double[] sample : f.get()) {
                    BenchQuery.Kind kind = BenchQuery.Kind.values()[(int) sample[0]];
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(sample[1]);
                    all.add(sample[1]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<BenchQuery.Kind, Latency> latencies = new EnumMap<>(BenchQuery.Kind.class);
        byKind.forEach((k, v) -> latencies.put(k, Latency.of(unbox(v))));
        return new Run(engine.name(), threads, all.size() / wall, Latency.of(unbox(all)), latencies);
    }

    /** One client thread: whole rounds of the mix, shuffled, until {@code end}. */
    private static List<double[]> client(SearchEngine engine, List<BenchQuery> mix, long end,
            SplittableRandom random)
            throws Exception {
        List<double[]> samples = new ArrayList<>();
        List<BenchQuery> order = new ArrayList<>(mix);
        try (SearchEngine.Session s = engine.session()) {
            do {
                Collections.shuffle(order, new java.util.Random(random.nextLong()));
                for (BenchQuery q : order) {
                    long t0 = System.nanoTime();
                    s.run(q);
                    samples.add(new double[]{q.kind().ordinal(), (System.nanoTime() - t0) / 1e6});
                }
            } while (System.nanoTime() < end);
        }
        return samples;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
