package org.ficshelf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ficshelf.Archive;
import org.ficshelf.ChapterInfo;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficshelf show ID}: one stored work, for people or as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a stored work: its record, chapters and originals.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "the work's id")
    long id;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--json", description = "the work record as JSON, with its id and catalog fields")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<StoredWork> work;
        try (Archive archive = Archive.openExisting(data, db.url, null)) {
            work = archive.work(id);
        }
        if (work.isEmpty()) {
            spec.commandLine().getErr().println("ficshelf: no work " + id + " in " + data);
            return ErrorHandler.EXIT_SOFTWARE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(work.get()) : text(work.get()));
        out.flush();
        return 0;
    }

    /** The record with {@code id} first and a {@code catalog} object last. */
    static String json(StoredWork w) throws Exception {
        ObjectNode node = WorkJson.mapper().createObjectNode();
        node.put("id", w.id());
        node.setAll((ObjectNode) WorkJson.mapper().valueToTree(w.record()));
        ObjectNode catalog = node.putObject("catalog");
        catalog.put("added", w.added());
        catalog.put("run", w.runId());
        catalog.set("originals", WorkJson.mapper().valueToTree(w.originals()));
        return WorkJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    static String text(StoredWork w) {
        WorkRecord r = w.record();
        StringBuilder b = new StringBuilder();
        b.append('#').append(w.id()).append("  ").append(r.title() == null ? "(untitled)" : r.title())
                .append('\n');
        line(b, "by", r.authors());
        line(b, "Fandoms", r.fandoms());
        b.append(
                String.format(Locale.ROOT, "Rating: %s | Words: %d | Language: %s | Complete: %s | POV: %s%n",
                        orDash(r.rating()), r.words(), orDash(r.language()),
                        r.complete() == null ? "-" : r.complete() ? "yes" : "no", orDash(r.pov())));
        line(b, "Warnings", r.warnings());
        line(b, "Categories", r.categories());
        line(b, "Relationships", r.relationships());
        line(b, "Characters", r.characters());
        line(b, "Tags", r.tags());
        if (r.summary() != null) {
            b.append("Summary: ").append(r.summary()).append('\n');
        }
        b.append("Chapters:\n");
        List<ChapterInfo> chapters = r.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            b.append(String.format(Locale.ROOT, "  %d. %s (%d words)%n", i + 1,
                    chapters.get(i).title() == null ? "-" : chapters.get(i).title(),
                    chapters.get(i).words()));
        }
        b.append("Originals:\n");
        for (StoredWork.Original o : w.originals()) {
            b.append("  ").append(o.sha256(), 0, 12).append("  ").append(o.path())
                    .append(o.part() == null ? "" : " (part " + o.part() + ")").append('\n');
        }
        b.append("Added ").append(w.added()).append(" by run ").append(w.runId());
        return b.toString();
    }

    private static void line(StringBuilder b, String label, List<String> values) {
        if (!values.isEmpty()) {
            b.append(label).append(label.equals("by") ? " " : ": ").append(String.join(", ", values))
                    .append('\n');
        }
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
