package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ficshelf.catalog.CatalogStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The home page's counts: computed once, then refreshed in the background when stale. */
class RecentStatsTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger passes = new AtomicInteger();

    private static CatalogStats works(long n) {
        return new CatalogStats(n, 0, Map.of(), Map.of(), Map.of(), n, 0, List.of());
    }

    @Test
    void freshCountsAreKeptWithoutAnotherPassOverTheCatalog() throws IOException {
        Site.RecentStats stats = new Site.RecentStats(() -> works(passes.incrementAndGet()), now::get);
        assertThat(stats.get().works()).isEqualTo(1);
        now.addAndGet(Site.RecentStats.MAX_AGE_NANOS - 1);
        assertThat(stats.get().works()).isEqualTo(1);
        assertThat(passes).hasValue(1);
    }

    @Test
    @Timeout(10)
    void staleCountsAreServedAtOnceWhileOneBackgroundPassComputesNewOnes() throws Exception {
        CountDownLatch slowPass = new CountDownLatch(1);
        CountDownLatch passDone = new CountDownLatch(1);
        Site.RecentStats stats = new Site.RecentStats(() -> {
            int pass = passes.incrementAndGet();
            if (pass == 2) {
                try {
                    slowPass.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                passDone.countDown();
            }
            return works(pass);
        }, now::get);
        assertThat(stats.get().works()).isEqualTo(1);
        now.addAndGet(Site.RecentStats.MAX_AGE_NANOS + 1);

        for (int i = 0; i < 5; i++) {
            assertThat(stats.get().works()).as("the kept counts, without waiting for the pass").isEqualTo(1);
        }
        slowPass.countDown();
        assertThat(passDone.await(5, TimeUnit.SECONDS)).isTrue();
        awaitWorks(stats, 2);
        assertThat(passes).as("one background pass, however many stale requests").hasValue(2);
    }

    @Test
    @Timeout(10)
    void aFailedBackgroundPassKeepsTheOldCountsAndTheNextStaleRequestTriesAgain() throws Exception {
        AtomicInteger failing = new AtomicInteger(1);
        Site.RecentStats stats = new Site.RecentStats(() -> {
            int pass = passes.incrementAndGet();
            if (pass == 2 && failing.getAndDecrement() > 0) {
                throw new IOException("catalog busy");
            }
            return works(pass);
        }, now::get);
        stats.get();
        now.addAndGet(Site.RecentStats.MAX_AGE_NANOS + 1);
        assertThat(stats.get().works()).isEqualTo(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (stats.get().works() == 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(stats.get().works()).as("a later stale request ran a pass that worked").isEqualTo(3);
    }

    private static void awaitWorks(Site.RecentStats stats, long works) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (stats.get().works() != works && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(stats.get().works()).isEqualTo(works);
    }
}
