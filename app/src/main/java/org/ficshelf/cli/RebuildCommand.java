package org.ficshelf.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ficshelf rebuild}: re-reads every original and rebuilds the catalog from them. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, description = {
        "Rebuilds the catalog from the originals (the source of truth), in one transaction,",
        "and the search index from the catalog:",
        "run it after upgrading ficshelf so that every work is read by the new engine."})
final class RebuildCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Mixin
    DbOption db = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportSummary summary;
        try (Archive archive = Indexes.openExisting(data, db.url);
                ImportCommand.Progress progress = ImportCommand.Progress.create("Rebuilding", spec)) {
            summary = archive.rebuild(ImportOptions.defaults(), progress);
        }
        ImportCommand.printSummary(spec.commandLine().getOut(), summary, "rebuilt");
        return 0;
    }
}
