package org.ficshelf.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ficshelf.doc.TextLine;

/** Helpers shared by the format reader tests. */
final class FormatsTestSupport {
    private FormatsTestSupport() {
    }

    static byte[] resource(String name) {
        try (InputStream in = FormatsTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dev corpus file, found from the repository root or from the engine module. */
    static byte[] corpus(String relative) {
        for (String base : List.of("../shared/corpus/", "../../shared/corpus/")) {
            Path p = Path.of(base + relative);
            if (Files.exists(p)) {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("corpus file not found: " + relative);
    }

    static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(TextLine::text).toList();
    }

    static String joined(SourceDocument doc) {
        return String.join("\n", texts(doc));
    }

    static TextLine lineContaining(SourceDocument doc, String fragment) {
        return doc.lines().stream().filter(l -> l.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains " + fragment));
    }
}
