package org.ficshelf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches memory while a benchmark subject runs: a daemon thread samples the heap in use every
 * few milliseconds (garbage included, so it grows towards the maximum heap the JVM was given);
 * the process's peak resident set comes from {@code /proc/self/status}, reset at start where the
 * kernel allows it.
 */
final class HeapWatch implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    /** Peaks in MB; {@code rssMB} is -1 where the OS does not say. */
    record Peak(long heapUsedMB, long rssMB, boolean rssReset) {
    }

    private final Thread sampler;
    private final boolean rssReset;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private HeapWatch() {
        rssReset = resetRss();
        sampler = new Thread(this::sample, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed = Math.max(peakUsed, used);
    }

    /** Stops watching and returns the peaks seen. */
    Peak stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampleOnce();
        return new Peak(peakUsed >> 20, rssHighWaterMB(), rssReset);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** True when this process's peak-RSS mark can be reset, so that each subject's peak is its own. */
    static boolean rssResettable() {
        return Files.isWritable(Path.of("/proc/self/clear_refs"));
    }

    /** Resets the kernel's peak-RSS mark for this process (Linux 4.0+: write 5 to clear_refs). */
    private static boolean resetRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** VmHWM from /proc/self/status in MB, or -1. */
    static long rssHighWaterMB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).replace("kB", "").strip();
                    return Long.parseLong(kb) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
