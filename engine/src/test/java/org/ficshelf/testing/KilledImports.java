package org.ficshelf.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Imports run in a child JVM and killed with SIGKILL at random points of their progress, for the
 * crash tests of the catalog and of the index: the corpus they import, the child's start, and the
 * kill loop. A child's main prints {@code ready} once its archive is open and {@code imported}
 * after each work ({@link #sayImported}).
 */
public final class KilledImports {
    private KilledImports() {
    }

    /** What a test checks after each kill, with the number of kills so far. */
    @FunctionalInterface
    public interface AfterKill {
        void check(int kills) throws Exception;
    }

    /** Starts one child import. */
    @FunctionalInterface
    public interface Child {
        Process start() throws IOException;
    }

    /**
     * Writes {@code files} small plain-text works (a title and author header, 3 to 22 lines of
     * text) in ten folders; the same corpus for the same count.
     */
    public static Path corpus(Path dir, int files) throws IOException {
        Random r = new Random(7);
        for (int i = 0; i < files; i++) {
            StringBuilder s = new StringBuilder(
                    "Title: Crash " + i + "\nAuthor: Tester " + (i % 17) + "\n\n");
            int paragraphs = 3 + r.nextInt(20);
            for (int k = 0; k < paragraphs; k++) {
                s.append("Line ").append(k).append(" of story ").append(i)
                        .append(": the lamp flickered.\n\n");
            }
            Path f = dir.resolve("d" + (i % 10)).resolve("s" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, s, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A child JVM running {@code main} with {@code args} on the test class path; its stderr is dropped. */
    public static Process start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(
                List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "--enable-native-access=ALL-UNNAMED", "-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(new File("/dev/null")).start();
    }

    /**
     * Starts children until {@code kills} of them were killed (at most three times as many runs):
     * four runs in five are killed after a random number of imported works (up to
     * {@code files / kills}) plus up to 20 ms, the fifth at once, maybe before its archive is open.
     * After each run, killed or finished, {@code after} checks the data. Returns the kills.
     */
    public static int killRepeatedly(int kills, int files, Random random, Child child, AfterKill after)
            throws Exception {
        int killed = 0;
        int runs = 0;
        while (killed < kills && runs < kills * 3) {
            runs++;
            Process p = child.start();
            if (random.nextInt(5) > 0) {
                await(p, "ready", 1);
                await(p, "imported", random.nextInt(files / kills));
                Thread.sleep(random.nextInt(20));
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                killed++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            after.check(killed);
        }
        return killed;
    }

    /** Waits until the child has said {@code word} {@code n} times, or has ended. */
    static void await(Process p, String word, int n) throws IOException {
        InputStream out = p.getInputStream();
        byte[] w = word.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        int seen = 0;
        int b;
        while (seen < n && (b = out.read()) >= 0) {
            matched = b == w[matched] ? matched + 1 : (b == w[0] ? 1 : 0);
            if (matched == w.length) {
                seen++;
                matched = 0;
            }
        }
    }

    /** Says {@code ready} on {@code out}, at once, for a child whose archive is now open. */
    public static void sayReady(PrintStream out) {
        out.println("ready");
        out.flush();
    }

    /** A listener that says {@code imported} on {@code out} after each imported work. */
    public static ImportListener sayImported(PrintStream out) {
        return new ImportListener() {
            @Override
            public void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
                if (outcome == Outcome.IMPORTED) {
                    out.println("imported");
                    out.flush();
                }
            }
        };
    }
}
