package org.ficshelf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ficshelf.Archive;
import org.ficshelf.WorkJson;
import org.ficshelf.catalog.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ficshelf rejects}: the files an import could not take, with their reasons. */
@Command(name = "rejects", mixinStandardHelpOptions = true, description = {
        "Lists the files that could not be imported, one per line: path, reason, and the",
        "SHA-256 of the kept original when its bytes could be read."})
final class RejectsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--json", description = "JSON Lines, one reject per line")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Reject> rejects;
        try (Archive archive = Archive.openExisting(data, db.url, null)) {
            rejects = archive.rejects();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Reject r : rejects) {
            out.println(json
                    ? WorkJson.mapper().writeValueAsString(r)
                    : r.path() + "\t" + r.reason() + (r.sha256() == null ? "" : "\t" + r.sha256()));
        }
        if (rejects.isEmpty() && !json) {
            spec.commandLine().getErr().println("no rejects");
        }
        out.flush();
        return 0;
    }
}
