package org.ficshelf.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ficshelf.Archive;
import org.ficshelf.Work;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.export.EpubWriter;
import org.ficshelf.export.HtmlExport;
import org.ficshelf.export.TxtExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficshelf export ID --format epub|html|txt|original [--out FILE]}: a work as a download. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports a stored work as EPUB, HTML, plain text or its original bytes.")
final class ExportCommand implements Callable<Integer> {

    /** The formats a work can be exported in. */
    enum Format {
        epub, html, txt, original
    }

    @Parameters(paramLabel = "ID", description = "the work's id")
    long id;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "epub, html, txt or original (the imported bytes; a zip of them for a work in several parts)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: standard output)")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Archive archive = Archive.openExisting(data)) {
            if (archive.work(id).isEmpty()) {
                spec.commandLine().getErr().println("ficshelf: no work " + id + " in " + data);
                return ErrorHandler.EXIT_SOFTWARE;
            }
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                write(archive, stdout);
                stdout.flush();
            } else {
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export", ".part");
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    write(archive, file);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return 0;
    }

    private void write(Archive archive, OutputStream to) throws IOException {
        if (format == Format.original) {
            original(archive, archive.work(id).orElseThrow().originals(), to);
            return;
        }
        Work work = archive.read(id).orElseThrow();
        switch (format) {
            case epub -> EpubWriter.write(work, to);
            case html -> HtmlExport.write(work, to);
            case txt -> TxtExport.write(work, to);
            case original -> throw new IllegalStateException("handled above");
        }
    }

    /** The original bytes of a one-file work; a zip of the originals of a work in several parts. */
    private static void original(Archive archive, List<StoredWork.Original> originals, OutputStream to)
            throws IOException {
        if (originals.size() == 1) {
            to.write(bytes(archive, originals.get(0)));
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(to);
        for (int i = 0; i < originals.size(); i++) {
            StoredWork.Original o = originals.get(i);
            Path name = Path.of(o.path()).getFileName();
            zip.putNextEntry(new ZipEntry((i + 1) + "-" + (name == null ? o.sha256() : name.toString())));
            zip.write(bytes(archive, o));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static byte[] bytes(Archive archive, StoredWork.Original o) throws IOException {
        Optional<byte[]> bytes = archive.original(o.sha256());
        if (bytes.isEmpty()) {
            throw new IOException("the original " + o.sha256() + " is missing from the data directory");
        }
        return bytes.get();
    }
}
