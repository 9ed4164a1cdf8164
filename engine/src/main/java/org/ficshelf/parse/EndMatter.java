package org.ficshelf.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        String shape = NUMBERS.matcher(norm).replaceAll("#");
        for (String[] row : BodyTables.END_MARKERS) {
            String phrase = row[0];
            boolean prefix = row.length > 2 && row[2].strip().equals("prefix");
            if (shape.equals(phrase) || prefix && startsWithWord(shape, phrase)) {
                return verdict(row[1].strip(), norm, stripped);
            }
        }
        return null;
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
