package org.ficshelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ficshelf.Archive;
import org.ficshelf.WorkJson;
import org.ficshelf.catalog.CatalogStats;
import org.ficshelf.catalog.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ficshelf stats}: counts over the archive. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts works by fandom, rating and language; words; originals, rejects and import runs.")
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--json", description = "the counts as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CatalogStats stats;
        try (Archive archive = Archive.openExisting(data, db.url, null)) {
            stats = archive.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(WorkJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
        } else {
            print(out, stats);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, CatalogStats s) {
        out.printf(Locale.ROOT, "%d works, %d words; %d originals kept, %d rejects%n", s.works(), s.words(),
                s.originals(), s.rejects());
        table(out, "By fandom", s.byFandom());
        table(out, "By rating", s.byRating());
        table(out, "By language", s.byLanguage());
        out.println("Import runs:");
        for (RunInfo r : s.runs()) {
            out.printf(Locale.ROOT,
                    "  %d %-7s %s  %s: %d imported, %d already present, %d assembled, %d rejected%n",
                    r.id(), r.kind(), r.started(), r.finished() == null ? "(did not finish)" : "finished",
                    r.imported(), r.alreadyPresent(), r.assembled(), r.rejected());
        }
    }

    private static void table(PrintWriter out, String title, Map<String, Long> counts) {
        out.println(title + ":");
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey());
        }
    }
}
