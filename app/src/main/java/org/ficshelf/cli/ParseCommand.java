package org.ficshelf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ficshelf.Work;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkReader;
import org.ficshelf.doc.PlainText;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ficshelf parse FILE...}: prints each file's work record as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = {
        "Reads story files and prints their work records as JSON:",
        "one object for one file, JSON Lines for several."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "story files (text, HTML, e-mail, EPUB)")
    List<Path> files = List.of();

    @Option(names = "--text", description = "print the cleaned story text instead of the record")
    boolean text;

    @Option(names = "--compact", description = "one line of JSON even for a single file")
    boolean compact;

    @Option(names = "--canon", paramLabel = "DIR", description = "a folder of canon data files (fandoms-*.tsv, characters-*.tsv, ships-*.tsv) "
            + "merged over the bundled ones; default: $FICSHELF_CANON")
    @Nullable
    Path canonDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CanonFolder.use(canonDir, null);
        WorkReader reader = new WorkReader();
        int exit = 0;
        for (Path file : files) {
            try {
                if (Files.isDirectory(file)) {
                    throw new IOException(file + " is a directory");
                }
                Work work = reader.read(file);
                print(out, work);
            } catch (IOException e) {
                err.println("ficshelf: " + ErrorHandler.describe(e));
                exit = ErrorHandler.EXIT_IO;
            }
            out.flush();
        }
        return exit;
    }

    private void print(PrintWriter out, Work work) {
        if (text) {
            out.print(PlainText.render(work.body()));
        } else if (files.size() == 1 && !compact) {
            out.println(WorkJson.pretty(work.record()));
        } else {
            out.println(WorkJson.compact(work.record()));
        }
    }
}
