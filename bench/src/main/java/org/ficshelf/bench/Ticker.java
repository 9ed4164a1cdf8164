package org.ficshelf.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Prints how far a long step has come every so often: bytes done of the total, MB/s, time left. */
final class Ticker implements AutoCloseable {
    private final PrintStream log;
    private final String label;
    private final long total;
    private final AtomicLong done;
    private final long everyNanos;
    private final long t0 = System.nanoTime();
    private final Thread thread;
    private volatile boolean running = true;

    private Ticker(PrintStream log, String label, long total, AtomicLong done, double everySeconds) {
        this.log = log;
        this.label = label;
        this.total = total;
        this.done = done;
        this.everyNanos = (long) (everySeconds * 1e9);
        this.thread = new Thread(this::tick, "bench-progress");
        thread.setDaemon(true);
        if (everySeconds > 0) {
            thread.start();
        }
    }

    /** Starts ticking (not at all when {@code everySeconds} is not positive). */
    static Ticker start(PrintStream log, String label, long total, AtomicLong done, double everySeconds) {
        return new Ticker(log, label, total, done, everySeconds);
    }

    private void tick() {
        while (running) {
            try {
                Thread.sleep(everyNanos / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                double s = (System.nanoTime() - t0) / 1e9;
                long d = done.get();
                double rate = d / 1e6 / s;
                log.printf(Locale.ROOT, "  %s: %,.0f of %,.0f MB (%.0f%%), %.2f MB/s, ~%s left%n", label,
                        d / 1e6,
                        total / 1e6, 100.0 * d / Math.max(1, total), rate,
                        duration(rate > 0 ? (total - d) / 1e6 / rate : Double.NaN));
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /** Seconds as "1 h 05 min", "7 min", "40 s"; "?" when unknown. */
    static String duration(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "?";
        }
        long s = Math.max(0, Math.round(seconds));
        if (s < 120) {
            return s + " s";
        }
        long m = (s + 30) / 60;
        return m < 60 ? m + " min" : String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
    }
}
