package org.ficshelf.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A resource of {@code kind TAB word} lines: word sets by kind, loaded once, lowercased. */
final class Lexicon {
    private final Map<String, Set<String>> words;

    private Lexicon(Map<String, Set<String>> words) {
        this.words = words;
    }

    /** True when {@code word} (any case) is listed under {@code kind}. */
    boolean has(String kind, String word) {
        Set<String> set = words.get(kind);
        return set != null && set.contains(word.toLowerCase(Locale.ROOT));
    }

    static Lexicon load(String resource) {
        Map<String, Set<String>> words = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                int tab = entry.indexOf('\t');
                if (entry.isEmpty() || entry.startsWith("#") || tab < 0) {
                    continue;
                }
                words.computeIfAbsent(entry.substring(0, tab), k -> new HashSet<>())
                        .add(entry.substring(tab + 1).strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Lexicon(Map.copyOf(words));
    }
}
