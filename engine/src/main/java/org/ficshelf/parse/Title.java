package org.ficshelf.parse;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Tells a title line from a teaser or a heading, and cleans titles of quotes, emphasis and part numbers. */
final class Title {
    private static final Pattern PART_SUFFIX = Pattern.compile(
            "(?i)\\s*(?:[,:(\\[-]+\\s*)?(?:part|pt|chapter|ch|teil|kapitel|parte|partie)\\.?\\s*(?:[0-9]+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)\\b(?:\\s*(?:of|/)\\s*[0-9]+)?[)\\]]?\\s*[.:]?\\s*$");
    private static final Pattern COUNT_SUFFIX = Pattern
            .compile("\\s*[(\\[]\\s*[0-9]{1,3}\\s*(?:/|of)\\s*[0-9?]{1,3}\\s*[)\\]].*$");
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:chapter|part|pt\\.?|book|prologue|epilogue|interlude|kapitel|teil|cap[ií]tulo|chapitre|partie)\\b[^.!?;]{0,60}[.!?]?\\s*$");
    private static final Pattern SUBJECT_TAGS = Pattern.compile(
            "(?i)^\\s*(?:(?:re|fwd?)\\s*:\\s*)*(?:\\[[^\\]]{0,40}]\\s*)*(?:(?:new\\s+)?(?:fic|fanfic|story|ficlet|drabble)\\s*[:-]\\s*)?");
    /** A part count that opens a line and is followed by more text: "Part 3 of 3. Thanks, all!". */
    private static final Pattern PART_NOTE = Pattern.compile(
            "(?i)^\\s*(?:part|pt|chapter|ch)\\.?\\s*[0-9ivx]{1,4}\\s*(?:of|/)\\s*[0-9?]{1,4}\\s*[.:;!)\\]-]+\\s*\\S");
    private static final int MAX_WORDS = 14;

    private Title() {
    }

    /** True for a chapter or part heading ("Part One", "Chapter 3: Name"), which starts a story. */
    static boolean isHeading(String line) {
        return HeadingGuard.shortEnough(line) && HEADING.matcher(line).matches();
    }

    /** True when these lines (a paragraph) could be a title: short, no sentence end, not a heading. */
    static boolean looksLikeTitle(List<String> lines) {
        if (lines.isEmpty() || lines.size() > 2) {
            return false;
        }
        String text = HeaderText.join(lines);
        int words = HeaderText.words(text);
        if (words == 0 || words > MAX_WORDS || text.length() > 100 || isHeading(text)
                || PART_NOTE.matcher(text).find()) {
            return false; // a heading, or a part count with a note after it
        }
        if (Keys.match(lines.get(0)) != null || Byline.find(lines.get(0)) != null) {
            return false;
        }
        if ("\"“'‘".indexOf(text.charAt(0)) >= 0 && !isQuotedWhole(text)) {
            return false; // dialogue, not a quoted title
        }
        String unquoted = text.replaceAll("[\"”'’)]+$", "");
        if (unquoted.isEmpty()) {
            return false;
        }
        char last = unquoted.charAt(unquoted.length() - 1);
        boolean ellipsis = unquoted.endsWith("...") || unquoted.endsWith("…");
        if ((last == '.' && !ellipsis) || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return hasLetter(text) && !text.contains("@") && !text.contains("://");
    }

    /** True when a title-like paragraph is marked as one: quoted, centered, capitals or emphasis. */
    static boolean isMarked(List<String> lines, int storyIndent) {
        String text = HeaderText.join(lines);
        if (isQuotedWhole(text) || text.startsWith("*") || text.startsWith("_")) {
            return true;
        }
        int indent = HeaderText.indent(lines.get(0));
        if (indent >= 10 && indent > storyIndent + 6) {
            return true;
        }
        return hasLetter(text) && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && HeaderText.words(text) >= 1
                && text.length() >= 4;
    }

    /** The title as it should read: quotes, emphasis marks and a trailing part number removed. */
    static String clean(String raw) {
        String t = HeaderText.squash(raw);
        t = COUNT_SUFFIX.matcher(t).replaceFirst("");
        t = PART_SUFFIX.matcher(t).replaceFirst("");
        t = t.replaceAll("^[\\s*_~=]+|[\\s*_~=]+$", "");
        if (isQuotedWhole(t)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = t.replaceAll("[\\s,;:-]+$", "");
        return withoutDescriptor(t);
    }

    /** The title without a trailing genre descriptor ("Demons, a short story." is "Demons"). */
    static String withoutDescriptor(String title) {
        String bare = Descriptors.TRAILING.matcher(title).replaceFirst("");
        return bare.isBlank() ? title : bare;
    }

    /** A title from an e-mail subject: list tags, "FIC:", part counts and what follows them removed. */
    static @Nullable String fromSubject(String subject) {
        String t = SUBJECT_TAGS.matcher(subject).replaceFirst("");
        t = COUNT_SUFFIX.matcher(t).replaceFirst("");
        t = Descriptors.SUBJECT_TAIL.matcher(t).replaceFirst("");
        t = clean(t);
        return t.isEmpty() ? null : t;
    }

    private static boolean isQuotedWhole(String t) {
        if (t.length() < 3) {
            return false;
        }
        char a = t.charAt(0);
        char z = t.charAt(t.length() - 1);
        if (!(a == '"' || a == '“' || a == '\'') || !(z == '"' || z == '”' || z == '\'')) {
            return false;
        }
        String inner = t.substring(1, t.length() - 1);
        return inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0;
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Patterns of a genre descriptor after the title, from {@code title-descriptors.tsv}. */
    private static final class Descriptors {
        private static final String WORDS = BodyTables.rows("title-descriptors.tsv").stream()
                .map(r -> Pattern.quote(r[0])).collect(Collectors.joining("|"));
        /** "A short story" after a comma, colon or dash, or in brackets, ending the title. */
        static final Pattern TRAILING = Pattern
                .compile("(?iU)\\s*(?:[,:\u2013\u2014-]\\s*|[(\\[]\\s*)(?:a|an)\\s+"
                        + "(?:[\\w'/.-]{1,30}\\s+){0,3}?(?:" + WORDS + ")s?[)\\]]?[\\s.!]*$");
        /** In a subject, what follows the descriptor goes too: "Rain, a Mulder story (1/2)". */
        static final Pattern SUBJECT_TAIL = Pattern.compile("(?iU)\\s*[,:-]\\s*(?:a|an)\\s+[^,]{0,40}\\b(?:"
                + WORDS + ")s?\\b.*$");
    }

    /** Keeps the heading pattern off long lines, so it stays cheap. */
    private static final class HeadingGuard {
        static boolean shortEnough(String line) {
            return line.length() <= 80 && HeaderText.words(line) <= 9;
        }
    }
}
