package org.ficshelf.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The body parser's vocabularies, read once from the {@code body-*.tsv} resources. */
final class BodyTables {
    /** Heading words to their kind ({@code numbered} or {@code alone}). */
    static final Map<String, String> HEADING_WORDS = map("body-headings.tsv");
    /** Number words to their value. */
    static final Map<String, String> NUMBER_WORDS = map("body-numbers.tsv");
    /** Paragraph labels to their role ({@code note} or {@code offstory}). */
    static final Map<String, String> LABELS = map("body-labels.tsv");
    /** End-marker rows: phrase, verdict, match. */
    static final List<String[]> END_MARKERS = rows("body-end-markers.tsv");
    /** Cues of a trailing sign-off. */
    static final List<String> OFFSTORY_CUES = rows("body-offstory-cues.tsv").stream().map(r -> r[0]).toList();

    /** Cues of site chrome after an end marker: counters, disclaimers, site copyright, navigation. */
    static final List<String> SITE_CHROME_CUES = rows("body-site-chrome-cues.tsv").stream().map(r -> r[0])
            .toList();

    private BodyTables() {
    }

    private static Map<String, String> map(String name) {
        Map<String, String> out = new TreeMap<>();
        for (String[] row : rows(name)) {
            out.put(row[0], row.length > 1 ? row[1] : "");
        }
        return Map.copyOf(out);
    }

    /** The non-comment, non-blank rows of a resource, split on tabs, first cell lower-cased. */
    static List<String[]> rows(String name) {
        try (InputStream in = BodyTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                cells[0] = cells[0].strip().toLowerCase(Locale.ROOT);
                out.add(cells);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
