package org.ficshelf.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.catalog.Outcome;
import org.ficshelf.catalog.Reject;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficshelf import PATH... [--data DIR]}: brings files, folders, archives and mbox files into the archive. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Imports story files, folders (recursively), .zip and .tar.gz archives and mbox files.",
        "Originals are kept byte for byte; the same bytes twice give one work; an interrupted",
        "import finishes when run again; files that cannot be imported are kept as rejects."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, archives, mbox files")
    List<Path> paths = List.of();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--all", description = "import every file, even README.md, .json, images")
    boolean all;

    @Option(names = "--threads", paramLabel = "N", description = "parser threads (default: one per core)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(p.toString());
            }
        }
        ImportOptions defaults = ImportOptions.defaults();
        ImportOptions options = new ImportOptions(defaults.limits(), all, Math.max(1, threads));
        ImportSummary summary;
        try (Archive archive = Indexes.open(data, db.url);
                Progress progress = Progress.create("Importing", spec)) {
            summary = archive.importPaths(paths, options, progress);
        }
        printSummary(spec.commandLine().getOut(), summary, "imported");
        return 0;
    }

    /** Prints what a run did: counts, skipped by reason, and each reject with its reason. */
    static void printSummary(PrintWriter out, ImportSummary s, String verb) {
        out.printf(Locale.ROOT, "%s %d work%s, %d already present, %d part%s assembled, %d rejected%n", verb,
                s.imported(), s.imported() == 1 ? "" : "s", s.alreadyPresent(), s.assembled(),
                s.assembled() == 1 ? "" : "s", s.rejected());
        if (s.skippedTotal() > 0) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, Integer> e : s.skipped().entrySet()) {
                b.append(b.isEmpty() ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
            }
            out.printf(Locale.ROOT, "skipped %d as not stories (%s); --all imports them%n", s.skippedTotal(),
                    b);
        }
        double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "%s read in %.1f s (%s/s), run %d%n", size(s.bytes()), seconds,
                size((long) (s.bytes() / seconds)), s.runId());
        for (Reject r : s.rejects()) {
            out.println("  rejected " + r.path() + ": " + r.reason());
        }
        out.flush();
    }

    /** A byte count for people: kB below a megabyte. */
    static String size(long bytes) {
        return bytes < 1_000_000
                ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Progress on standard error: a bar on a terminal, else a log line every few seconds. */
    static final class Progress implements ImportListener, AutoCloseable {
        private static final long LOG_EVERY_NANOS = 5_000_000_000L;
        private final String task;
        private final PrintWriter err;
        private final boolean terminal;
        private @Nullable ProgressBar bar;
        private long files;
        private long totalFiles;
        private long bytes;
        private long totalBytes;
        private final long start = System.nanoTime();
        private long lastLog = start;

        private Progress(String task, PrintWriter err, boolean terminal) {
            this.task = task;
            this.err = err;
            this.terminal = terminal;
        }

        static Progress create(String task, CommandSpec spec) {
            return new Progress(task, spec.commandLine().getErr(), isTerminal());
        }

        @Override
        public void started(long files, long bytes) {
            this.totalFiles = files;
            this.totalBytes = bytes;
            if (terminal) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(bytes, 1))
                        .setUnit(" MB", 1_000_000).showSpeed().setUpdateIntervalMillis(250)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            } else {
                err.printf(Locale.ROOT, "%s: %d files, %.1f MB%n", task.toLowerCase(Locale.ROOT), files,
                        bytes / 1e6);
                err.flush();
            }
        }

        @Override
        public void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
            bytes += diskBytes;
            if (diskBytes > 0 || outcome != Outcome.SKIPPED) {
                files++;
            }
            double seconds = Math.max(System.nanoTime() - start, 1) / 1e9;
            if (bar != null) {
                bar.stepTo(Math.min(bytes, Math.max(totalBytes, 1)));
                bar.setExtraMessage(
                        String.format(Locale.ROOT, " %d files, %.0f files/s", files, files / seconds));
            } else {
                if (outcome == Outcome.REJECTED) {
                    err.println("rejected " + path + ": " + detail);
                }
                long now = System.nanoTime();
                if (now - lastLog >= LOG_EVERY_NANOS) {
                    lastLog = now;
                    err.printf(Locale.ROOT, "%s: %d/%d files, %.1f/%.1f MB, %.0f files/s, %.1f MB/s%n",
                            task.toLowerCase(Locale.ROOT), files, totalFiles, bytes / 1e6, totalBytes / 1e6,
                            files / seconds, bytes / 1e6 / seconds);
                }
                err.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }

        /** A terminal on the JDK 22+ way when available, else the JDK 21 one (a console exists). */
        private static boolean isTerminal() {
            Console console = System.console();
            if (console == null) {
                return false;
            }
            try {
                Method m = Console.class.getMethod("isTerminal");
                return (Boolean) m.invoke(console);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }
}
