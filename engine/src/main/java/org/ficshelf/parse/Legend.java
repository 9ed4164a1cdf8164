package org.ficshelf.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.Footnote;
import org.jspecify.annotations.Nullable;

/** Reads footnote-legend lines: {@code 1 'Song' - Artist}, {@code (1) ...}, {@code [1] ...}, {@code * ...}. */
final class Legend {
    private static final Pattern BRACKETED = Pattern
            .compile("^\\s*[(\\[]([0-9]{1,3}|[a-z]|[*]{1,3})[)\\]]\\s*[:.-]?\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([0-9]{1,3})(?:[.):]\\s*|\\s+)(\\S.*)$");
    private static final Pattern STARRED = Pattern.compile("^\\s*([*]{1,3}|†|‡)\\s*(\\S.*)$");

    private Legend() {
    }

    /** A legend entry with a bracketed or numbered mark, or null. */
    static @Nullable Footnote numbered(String line) {
        Matcher m = BRACKETED.matcher(line);
        if (m.matches()) {
            return entry(m.group(1), m.group(2));
        }
        m = NUMBERED.matcher(line);
        if (m.matches()) {
            return entry(m.group(1), m.group(2));
        }
        return null;
    }

    /** A legend entry of any mark, asterisks included; used under a legend label only. */
    static @Nullable Footnote any(String line) {
        Footnote f = numbered(line);
        if (f != null) {
            return f;
        }
        Matcher m = STARRED.matcher(line);
        return m.matches() ? entry(m.group(1), m.group(2)) : null;
    }

    private static @Nullable Footnote entry(String mark, String text) {
        String t = HeaderText.squash(text);
        return t.isEmpty() ? null : new Footnote(mark, t);
    }
}
