package org.ficshelf.infer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the infer stage's data files: UTF-8 text beside this class, one record a line, fields
 * separated by tabs, {@code #} comment lines and blank lines skipped.
 */
final class RecordAssemblyData {
    private RecordAssemblyData() {
    }

    /** The records of resource {@code name}, each split on tabs and stripped. */
    static List<String[]> rows(String name) {
        try (InputStream in = RecordAssemblyData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            return rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    /**
     * The rows of every {@code PREFIX*.tsv} file in an archivist's folder, files in name order;
     * none when the folder does not exist.
     */
    static List<String[]> rows(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tsv");
            }).sorted().toList()) {
                try (BufferedReader reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    rows.addAll(rows(reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data files in " + dir, e);
        }
        return rows;
    }

    private static List<String[]> rows(BufferedReader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\t");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
