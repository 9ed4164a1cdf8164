package org.ficshelf.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ficshelf.doc.TextLine;

/**
 * Recognises site chrome among converted HTML lines: lines made of links (navigation bars),
 * link-dense short lines, and short lines holding a known chrome phrase (hit counters, "best
 * viewed in", "Back to Archive" links). The phrases are data ({@code chrome-phrases.tsv}).
 */
final class Chrome {
    /** Lines longer than this are prose, whatever they hold. */
    private static final int SHORT = 200;
    private static final int LONG_LINK = 120;

    private Chrome() {
    }

    private static final class Phrases {
        static final List<String> ANYWHERE = new ArrayList<>();
        static final List<String> WITH_LINK = new ArrayList<>();

        static {
            for (String entry : DataFile.entries("chrome-phrases.tsv")) {
                String[] cols = entry.split("\t");
                String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
                boolean anywhere = cols.length > 1 && cols[1].strip().equals("anywhere");
                (anywhere ? ANYWHERE : WITH_LINK).add(phrase);
            }
        }
    }

    /** True when the line looks like site furniture rather than story. */
    static boolean isChrome(HtmlText.Line line) {
        String text = line.line().text();
        if (text.isBlank() || text.length() > SHORT) {
            return false;
        }
        int plainLetters = line.letters() - line.linkLetters();
        if (line.linkLetters() > 0 && plainLetters == 0 && line.linkLetters() <= LONG_LINK) {
            return true;
        }
        if (line.links() >= 2 && line.linkLetters() * 10 >= line.letters() * 7) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (containsAny(lower, Phrases.ANYWHERE)) {
            return true;
        }
        return (line.linkLetters() > 0 || line.images() > 0) && containsAny(lower, Phrases.WITH_LINK);
    }

    private static boolean containsAny(String lower, List<String> phrases) {
        for (String p : phrases) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The lines without chrome, blank runs left by removed lines collapsed, edges trimmed. */
    static List<TextLine> strip(List<HtmlText.Line> raw) {
        List<TextLine> out = new ArrayList<>(raw.size());
        boolean removedSinceText = false;
        for (HtmlText.Line line : raw) {
            if (isChrome(line)) {
                removedSinceText = true;
                continue;
            }
            TextLine t = line.line();
            if (t.isBlank() && removedSinceText && !out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                continue;
            }
            if (!t.isBlank()) {
                removedSinceText = false;
            }
            out.add(t);
        }
        return trimEdges(out);
    }

    /** The lines with the edges trimmed, nothing removed. */
    static List<TextLine> tidy(List<HtmlText.Line> raw) {
        List<TextLine> out = new ArrayList<>(raw.size());
        for (HtmlText.Line line : raw) {
            out.add(line.line());
        }
        return trimEdges(out);
    }

    /** Drops blank and {@code ----} lines at the start and end: a rule only separates. */
    static List<TextLine> trimEdges(List<TextLine> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && isEdge(lines.get(from))) {
            from++;
        }
        while (to > from && isEdge(lines.get(to - 1))) {
            to--;
        }
        return new ArrayList<>(lines.subList(from, to));
    }

    private static boolean isEdge(TextLine line) {
        return line.isBlank() || line.text().equals(HtmlText.RULE);
    }
}
