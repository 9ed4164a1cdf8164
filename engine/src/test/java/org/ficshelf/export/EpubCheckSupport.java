package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ficshelf.Work;

/** Runs epubcheck, the EPUB validator, on exported works, and finds the corpora to export. */
final class EpubCheckSupport {
    /**
     * The tag of the test classes that run epubcheck: its schemas and caches take a few hundred
     * MB, so surefire runs them in a JVM of their own (engine/pom.xml), away from the tests
     * that must pass within 512 MB.
     */
    static final String TAG = "epubcheck";

    private EpubCheckSupport() {
    }

    static byte[] epub(Work work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EpubWriter.write(work, out, Instant.parse("2026-01-02T03:04:05Z"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Asserts epubcheck finds no fatal error, error or warning in the EPUB, showing its messages if it does. */
    static void assertValid(byte[] epub, Path dir, String name) throws IOException {
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".epub");
        Files.write(file, epub);
        StringWriter messages = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(messages), file.toString(), true);
        new EpubCheck(file.toFile(), report).check();
        int problems = report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount();
        assertThat(problems).as("epubcheck on %s:%n%s", name, messages).isZero();
    }

    /** The files of a corpus directory (recursively), found from the repository root or from a module. */
    static List<Path> corpus(String relative, String fileGlob) {
        for (String base : List.of("", "../", "../../")) {
            Path dir = Path.of(base + relative);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    return files.filter(Files::isRegularFile)
                            .filter(p -> dir.getFileSystem().getPathMatcher("glob:" + fileGlob)
                                    .matches(p.getFileName()))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ArrayList<>();
    }
}
