package org.ficshelf.canon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the canon data files: the bundled resources, then each override folder's files of the
 * same kind ({@code fandoms*.tsv}, {@code characters*.tsv}, {@code ships*.tsv},
 * {@code common-words*.txt}, {@code titles*.txt}), a later row replacing an earlier one with
 * the same key (fandom id; character name and home fandom; ship name).
 */
final class CanonFiles {
    private static final String BUNDLED = "/org/ficshelf/canon/";

    final Map<String, Fandom> fandoms = new LinkedHashMap<>();
    final Map<String, CanonCharacter> characters = new LinkedHashMap<>();
    final Map<String, Ship> ships = new LinkedHashMap<>();
    final Set<String> commonWords = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();

    static CanonFiles load(List<Path> overrideDirs) {
        CanonFiles files = new CanonFiles();
        files.read("fandoms.tsv", bundled("fandoms.tsv"));
        files.read("characters.tsv", bundled("characters.tsv"));
        files.read("ships.tsv", bundled("ships.tsv"));
        files.read("common-words.txt", bundled("common-words.txt"));
        files.read("titles.txt", bundled("titles.txt"));
        for (Path dir : overrideDirs) {
            files.readDir(dir);
        }
        return files;
    }

    private void readDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.sort(null);
        for (Path p : paths) {
            try (InputStream in = Files.newInputStream(p)) {
                read(p.getFileName().toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream bundled(String name) {
        InputStream in = CanonFiles.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled canon file " + name);
        }
        return in;
    }

    private void read(String fileName, @Nullable InputStream in) {
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row(fileName, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(String fileName, String line) {
        String[] cols = line.split("\t", -1);
        if (fileName.startsWith("fandoms") && fileName.endsWith(".tsv") && cols.length >= 2) {
            Fandom f = new Fandom(cols[0].strip(), cols[1].strip(), col(cols, 2), col(cols, 3),
                    list(col(cols, 4)), list(col(cols, 5)), list(col(cols, 6)));
            fandoms.put(f.id(), f);
        } else if (fileName.startsWith("characters") && fileName.endsWith(".tsv") && cols.length >= 2) {
            CanonCharacter c = new CanonCharacter(cols[1].strip(),
                    Arrays.asList(cols[0].strip().split("\\s+")),
                    Gender.fromCode(col(cols, 2)), list(col(cols, 3)));
            characters.put(c.name() + "\t" + c.home(), c);
        } else if (fileName.startsWith("ships") && fileName.endsWith(".tsv") && cols.length >= 3) {
            ship(cols);
        } else if (fileName.startsWith("common-words") && fileName.endsWith(".txt")) {
            commonWords.add(TokenTable.fold(line.strip()));
        } else if (fileName.startsWith("titles") && fileName.endsWith(".txt")) {
            titles.add(line.strip());
        }
    }

    private void ship(String[] cols) {
        String members = cols[2].strip();
        boolean romantic = !members.contains("&");
        List<String> names = new ArrayList<>();
        for (String m : members.split(romantic ? "/" : "&")) {
            names.add(m.strip());
        }
        Ship s = new Ship(cols[0].strip(), list(cols[1]), names, romantic);
        for (String name : s.names()) {
            ships.put(Canon.shipKey(name) + "\t" + s.fandom(), s);
        }
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].strip() : "";
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
