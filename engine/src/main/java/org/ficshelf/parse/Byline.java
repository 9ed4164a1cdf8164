package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads bylines ("by Name", "A story by Name, 1993", "\"Julia\", a DS9 story, by Name") and
 * author values ("Name &lt;mail&gt;", "mail (Name)", "A and B").
 */
final class Byline {
    private static final Pattern BY = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'’])by:?\\s+");
    private static final Pattern BARE_BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by:?\\s*$");
    private static final Pattern QUOTED = Pattern
            .compile("^\\s*[\"“„']([^\"“”„]{1,120})[\"”']\\s*[,:-]?\\s*(.*)$");
    private static final Pattern EMAIL = Pattern
            .compile("[\\w.+%-]{1,64}@[\\w-]{1,64}(?:\\.[\\w-]{1,64}){0,8}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S{1,300}");
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:and|und|y|et)\\s+|\\s*[&;+]\\s*|\\s*,\\s*");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "her", "their", "my", "your",
            "our", "its", "this", "that", "now", "then", "way", "far", "which", "whom", "me", "him", "them",
            "us",
            "it", "itself", "myself", "default", "request", "popular", "no", "all", "anyone", "someone");
    private static final Set<String> PARTICLES = Set.of("&", "and", "de", "da", "di", "van", "von", "der",
            "den",
            "la", "le", "du", "des", "del", "y", "o'", "bin", "ibn", "al");
    private static final int MAX_LINE_WORDS = 24;

    /** A byline: the author text and a title given on the same line, or null. */
    record Found(String authors, @Nullable String title) {
    }

    private static final class Words {
        static final Set<String> BEFORE_BY = load();

        private static Set<String> load() {
            Set<String> s = new HashSet<>();
            for (String[] row : HeaderTables.rows("header-byline.tsv")) {
                s.add(row[0].strip().toLowerCase(Locale.ROOT));
            }
            return s;
        }
    }

    private Byline() {
    }

    /** True for a line that is only "by" (the name follows on the next line). */
    static boolean isBareBy(String line) {
        return BARE_BY.matcher(line).matches();
    }

    /** The byline on this line, or null when the line is not one. */
    static @Nullable Found find(String line) {
        if (HeaderText.words(line) > MAX_LINE_WORDS) {
            return null;
        }
        Matcher m = BY.matcher(line);
        if (!m.find()) {
            return null;
        }
        String prefix = line.substring(0, m.start());
        String names = nameText(line.substring(m.end()));
        if (names.isEmpty() || !plausibleName(names)) {
            return null;
        }
        String bare = prefix.replaceAll("[\\s*~_=-]+", " ").strip();
        if (bare.isEmpty()) {
            return new Found(names, null);
        }
        Matcher q = QUOTED.matcher(prefix);
        if (q.matches() && (q.group(2).isBlank() || endsWithBylineWord(q.group(2)))) {
            return new Found(names, q.group(1).strip());
        }
        if (!endsWithBylineWord(prefix)) {
            return null;
        }
        return new Found(names, titleBeforeArticle(prefix));
    }

    /** True for a genre line under a title ("An X Files story....", "A Star Trek: DS9 story"). */
    static boolean isGenreLine(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        return (l.startsWith("a ") || l.startsWith("an ")) && HeaderText.words(l) <= 10
                && endsWithBylineWord(l);
    }

    /** The author names of an {@code Author:} value or byline, mail addresses and links removed. */
    static List<String> authors(String value) {
        String v = URL.matcher(value).replaceAll(" ");
        v = parentheticalName(v);
        v = v.replaceAll("<[^<>]{0,200}>", " ");
        v = EMAIL.matcher(v).replaceAll(" ");
        v = v.replaceAll("\\([^()]{0,200}\\)|\\[[^\\[\\]]{0,200}]", " ");
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(v)) {
            String name = HeaderText.squash(part).replaceAll("^[\\s\"'“(:-]+|[\\s\"'”).,:;!-]+$", "");
            if (!name.isEmpty() && name.length() <= 80 && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** "mail@host (Name)" → "Name"; other values unchanged. */
    private static String parentheticalName(String v) {
        int open = v.indexOf('(');
        int close = v.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return v;
        }
        String outside = (v.substring(0, open) + v.substring(close + 1)).strip();
        String inside = v.substring(open + 1, close).strip();
        if ((outside.isEmpty() || EMAIL.matcher(outside).matches()) && !EMAIL.matcher(inside).find()) {
            return inside;
        }
        return v;
    }

    /** The name part after "by": up to a bracket, a dash, a comma, a year or "copyright". */
    private static String nameText(String rest) {
        int end = rest.length();
        for (String stop : new String[]{"(", "<", "[", " -- ", " - ", " — ", ",", ";", " copyright",
                " Copyright",
                " ©", " (c)", " for ", " on "}) {
            int i = rest.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String s = EMAIL.matcher(rest.substring(0, end)).replaceAll(" ");
        s = s.replaceAll("\\b(?:1[89]|20)\\d\\d\\b.*$", "");
        return HeaderText.squash(s).replaceAll("[\\s.:;!~*_-]+$", "");
    }

    /** One word of any case ("velvetcrowbar"), or up to six capitalised words, particles and "&". */
    private static boolean plausibleName(String names) {
        String[] words = names.split("\\s+");
        if (words.length == 0 || words.length > 6 || !Character.isLetter(names.codePointAt(0))) {
            return false;
        }
        if (NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (words.length == 1) {
            return true;
        }
        for (String w : words) {
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            if (!capital && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithBylineWord(String prefix) {
        String[] words = prefix.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’ -]+", " ").strip()
                .split("\\s+");
        return words.length > 0 && Words.BEFORE_BY.contains(words[words.length - 1]);
    }

    /** "Frontier Medicine A Star Trek Story" → "Frontier Medicine"; "a little something" → null. */
    private static @Nullable String titleBeforeArticle(String prefix) {
        String[] words = HeaderText.squash(prefix).split(" ");
        if (words.length == 0 || words[0].isEmpty() || Character.isLowerCase(words[0].codePointAt(0))) {
            return null; // "just a quick thing by ..." has no title before the article
        }
        for (int k = 1; k < words.length; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an")) {
                String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                title = title.replaceAll("[\\s,:;-]+$", "");
                return Title.clean(title);
            }
        }
        return null;
    }
}
