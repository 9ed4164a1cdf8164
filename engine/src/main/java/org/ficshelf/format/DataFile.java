package org.ficshelf.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the format readers' data files: one entry a line, {@code #} starts a comment line. */
final class DataFile {
    private DataFile() {
    }

    /** The entries of a resource beside this package, trimmed, comments and blank lines left out. */
    static List<String> entries(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** The entries lower-cased, for case-insensitive phrase matching. */
    static List<String> lowerEntries(String resource) {
        return entries(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
