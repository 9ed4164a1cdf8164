package org.ficshelf.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.ficshelf.format.PartNumber;
import org.jspecify.annotations.Nullable;

/**
 * A line that tells completeness: an end marker ("The End", "-fin-", "~ Ende ~"), a
 * continuation ("TBC", "to be continued...") or an end of part ("end part 2/3").
 *
 * @param complete true for an end, false for a continuation or a part short of its total
 * @param part the part an "end of part n/m" line names, or null
 * @param text the line as written, stripped
 */
record EndMatter(boolean complete, @Nullable PartNumber part, String text) {
    private static final int MAX_LENGTH = 60;
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,4}");
    private static final Pattern SUBJECT_PART = Pattern
            .compile("[(\\[]?(\\d{1,3}) ?(?:/|of) ?(\\d{1,3})[)\\]]?");

    /** The completeness a lone line states, or null when it states none. */
    static @Nullable EndMatter read(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            return null;
        }
        String norm = normalise(stripped);
        if (norm.isEmpty()) {
            return null;
        }
        String shape = shape(norm);
        // The first row of the table that matches wins: an exact phrase found by lookup, or an
        // earlier prefix phrase the line starts with.
        Integer exact = Markers.EXACT.get(shape);
        int best = exact == null ? Integer.MAX_VALUE : exact;
        for (int k : Markers.PREFIXES) {
            if (k >= best) {
                break;
            }
            if (startsWithWord(shape, Markers.ALL.get(k).phrase())) {
                best = k;
                break;
            }
        }
        return best == Integer.MAX_VALUE ? null : verdict(Markers.ALL.get(best).verdict(), norm, stripped);
    }

    /** A row of {@code body-end-markers.tsv}. */
    private record Marker(String phrase, String verdict, boolean prefix) {
    }

    /** The end-marker table, with the index of each exact phrase's first row and the prefix rows. */
    private static final class Markers {
        static final List<Marker> ALL = BodyTables.END_MARKERS.stream()
                .map(row -> new Marker(row[0], row[1].strip(),
                        row.length > 2 && row[2].strip().equals("prefix")))
                .toList();
        static final Map<String, Integer> EXACT = exact();
        static final int[] PREFIXES = IntStream.range(0, ALL.size()).filter(k -> ALL.get(k).prefix())
                .toArray();

        private static Map<String, Integer> exact() {
            Map<String, Integer> out = new HashMap<>();
            for (int k = 0; k < ALL.size(); k++) {
                out.putIfAbsent(ALL.get(k).phrase(), k);
            }
            return Map.copyOf(out);
        }
    }

    /** The text with each run of up to four ASCII digits replaced by {@code #} (as the table writes numbers). */
    static String shape(String norm) {
        int n = norm.length();
        int first = 0;
        while (first < n && !isDigit(norm.charAt(first))) {
            first++;
        }
        if (first == n) {
            return norm;
        }
        StringBuilder b = new StringBuilder(n).append(norm, 0, first);
        int i = first;
        while (i < n) {
            char c = norm.charAt(i);
            if (!isDigit(c)) {
                b.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i < n && isDigit(norm.charAt(i)) && run < 4) {
                run++;
                i++;
            }
            b.append('#');
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What an embedded post's subject says: "PART 4 END" is an end, "(2/3)" a part. */
    static @Nullable EndMatter fromSubject(String subject) {
        String norm = normalise(subject);
        Matcher m = SUBJECT_PART.matcher(norm);
        PartNumber part = null;
        while (m.find()) {
            part = new PartNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (norm.endsWith(" end") || norm.contains("the end") || norm.endsWith("conclusion")) {
            return new EndMatter(true, part, subject.strip());
        }
        if (norm.contains("to be continued") || norm.endsWith("tbc")) {
            return new EndMatter(false, part, subject.strip());
        }
        return part == null ? null : new EndMatter(!part.morePartsFollow(), part, subject.strip());
    }

    private static EndMatter verdict(String verdict, String norm, String text) {
        if (verdict.equals("parts")) {
            Matcher m = NUMBERS.matcher(norm);
            int part = m.find() ? Integer.parseInt(m.group()) : 0;
            int of = m.find() ? Integer.parseInt(m.group()) : part;
            PartNumber p = new PartNumber(part, of);
            return new EndMatter(!p.morePartsFollow(), p, text);
        }
        return new EndMatter(verdict.equals("complete"), null, text);
    }

    private static boolean startsWithWord(String s, String phrase) {
        return s.startsWith(phrase)
                && (s.length() == phrase.length() || !Character.isLetter(s.charAt(phrase.length())));
    }

    /** Lower case, decoration stripped from both ends, inner whitespace collapsed. */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        String deco = "~-–—*_=.!()[]<>:#+|'\"“”‘’ \t\u00a0…（）【】「」『』〜～。！\u3000";
        while (start < end && deco.indexOf(lower.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && deco.indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !b.isEmpty()) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }
}
