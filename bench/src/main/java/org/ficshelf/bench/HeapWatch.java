package org.ficshelf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Watches memory while a benchmark subject runs: a daemon thread samples the heap every few
 * milliseconds (peak used, garbage included) and the heap left after each collection (peak
 * live); the process's peak resident set comes from {@code /proc/self/status}, reset at start
 * where the kernel allows it.
 */
final class HeapWatch implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    /** Peaks in MB; {@code rssMB} is -1 where the OS does not say. */
    record Peak(long heapUsedMB, long heapLiveMB, long rssMB, boolean rssReset) {
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private final boolean rssReset;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

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
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage after = p.getCollectionUsage();
            live += after == null ? 0 : after.getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
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
        return new Peak(peakUsed >> 20, peakLive >> 20, rssHighWaterMB(), rssReset);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
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
