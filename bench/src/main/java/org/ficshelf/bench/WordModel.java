package org.ficshelf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The generator's knowledge: word lists by category and the fandoms with their characters. */
final class WordModel {
    /** A canon character the generator may write about. */
    record Person(String name, char gender) {
        String firstName() {
            int space = name.indexOf(' ');
            return space < 0 ? name : name.substring(0, space);
        }
    }

    /** A fandom: its AO3 name, the tag mailing lists used, who owns it, its characters. */
    record Fandom(String name, String listTag, String owner, List<Person> people) {
    }

    private final Map<String, String[]> words;
    private final List<Fandom> fandoms;

    private WordModel(Map<String, String[]> words, List<Fandom> fandoms) {
        this.words = words;
        this.fandoms = fandoms;
    }

    static WordModel load() {
        Map<String, String[]> words = new HashMap<>();
        for (String[] row : rows("words.tsv")) {
            words.put(row[0], splitUnits(row[1]));
        }
        List<Fandom> fandoms = new ArrayList<>();
        for (String[] row : rows("fandoms.tsv")) {
            List<Person> people = new ArrayList<>();
            for (String p : row[3].split(",")) {
                int colon = p.lastIndexOf(':');
                people.add(new Person(p.substring(0, colon), p.charAt(colon + 1)));
            }
            fandoms.add(new Fandom(row[0], row[1], row[2], List.copyOf(people)));
        }
        return new WordModel(Map.copyOf(words), List.copyOf(fandoms));
    }

    private static String[] splitUnits(String field) {
        String[] units = field.trim().split(" +");
        for (int i = 0; i < units.length; i++) {
            units[i] = units[i].replace('_', ' ');
        }
        return units;
    }

    String[] words(String category) {
        return Objects.requireNonNull(words.get(category), () -> "no word category " + category);
    }

    List<Fandom> fandoms() {
        return fandoms;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
