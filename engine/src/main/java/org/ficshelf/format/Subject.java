package org.ficshelf.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mail subject read as fic metadata: {@code [BTVS] FIC: Basement Weather (2/3) Spike/Xander, R}
 * gives title {@code Basement Weather}, part 2 of 3, pairing {@code Spike/Xander}, rating
 * {@code R} and list tag {@code BTVS}. Rating tokens are data ({@code ratings.txt}).
 */
record Subject(String title, @Nullable String listTag, @Nullable PartNumber part, List<String> pairings,
        @Nullable String rating) {

    private static final int MAX = 400;
    private static final Pattern REPLY = Pattern
            .compile("(?i)^(?:re|fwd?|aw|sv|wg)\\s*(?:\\[\\d+\\])?\\s*:\\s*");
    private static final Pattern BRACKET = Pattern.compile("^[\\[({]([^\\])}]{1,60})[\\])}]\\s*");
    private static final Pattern MARKER = Pattern
            .compile(
                    "(?i)^(?:new\\s+|wip\\s+)?(?:fic|fanfic|fan fic|fanfiction|ficlet|drabble)\\s*(?::|-+\\s)\\s*");
    private static final Pattern MARKER_WORD = Pattern
            .compile("(?i)^(?:new\\s+|wip\\s+)?(?:fic|fanfic|fan fic|fanfiction|ficlet|drabble|story)$");
    private static final Pattern REPOST = Pattern
            .compile("(?i)^(?:repost(?:ed)?|revised|updated?|new)\\b[^:\\[\\]]{0,30}:\\s*");
    private static final String NUMBER = "(\\d{1,4}|[ivxlc]{1,6}\\b|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|twenty)";
    private static final Pattern PART_WORD = Pattern
            .compile("(?i)[\\[({]?\\s*\\b(?:part|pt|chapter|chap|ch)\\.?\\s*"
                    + NUMBER + "(?:\\s*(?:/|of)\\s*(\\d{1,4}|\\?))?\\s*[\\])}]?");
    private static final Pattern PART_BRACKET = Pattern
            .compile("[\\[({]\\s*(\\d{1,4})\\s*(?:/|of)\\s*(\\d{1,4}|\\?)\\s*[\\])}]");
    private static final Pattern PART_BARE = Pattern
            .compile("(?<![\\w/])(\\d{1,4})\\s*(?:/|of)\\s*(\\d{1,4})(?![\\w/])");
    private static final Pattern END = Pattern
            .compile(
                    "(?i)^\\s*[\\[(]?\\s*(?:end|final|the end|conclusion|concluded|complete|fin)\\s*[\\])]?(?![\\w])");
    private static final String NAME = "\\p{L}[\\p{L}\\p{M}'.\\-]{0,30}(?: \\p{L}[\\p{L}\\p{M}'.\\-]{0,30}){0,2}";
    private static final Pattern PAIRING = Pattern
            .compile(NAME + "(?:\\s*/\\s*" + NAME + ")+|" + NAME + " [xX] " + NAME + "(?: [xX] " + NAME
                    + ")*");
    private static final Pattern RATED = Pattern.compile("(?i)^(?:rated|rating)\\s*[:\\-]?\\s*");
    private static final Pattern TRAILER = Pattern.compile("[\\s,;:|~\\-\u2013\u2014/]+$");
    private static final Pattern SEPARATED = Pattern.compile("\\s*[,;|\\-\u2013\u2014\\[({]");
    private static final Pattern BARE_RATING = Pattern.compile("\\p{L}+-?\\d+\\+?");
    private static final Pattern LEADER = Pattern.compile("^[\\s,;:|~\\-\u2013\u2014]+");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("twenty", 20));

    Subject {
        pairings = List.copyOf(pairings);
    }

    private static final class Ratings {
        static final Set<String> TOKENS = Set.copyOf(DataFile.entries("ratings.txt"));
    }

    /** Reads a subject; never fails, at worst the whole subject is the title. */
    static Subject parse(String raw) {
        String s = raw.strip().replaceAll("\\s+", " ");
        if (s.length() > MAX) {
            s = s.substring(0, MAX);
        }
        Builder b = new Builder();
        s = prefixes(s, b);
        PartMatch pm = findPart(s);
        String head = s;
        if (pm != null) {
            b.part = pm.part();
            head = s.substring(0, pm.start());
            String tail = s.substring(pm.end());
            Matcher end = END.matcher(tail);
            if (end.find() && b.part != null && b.part.of() == null) {
                b.part = new PartNumber(b.part.part(), b.part.part());
                tail = tail.substring(end.end());
            }
            tail(tail, b);
        }
        head = peel(head, b);
        return new Subject(cleanTitle(head), b.listTag, b.part, b.pairings, b.rating);
    }

    private static final class Builder {
        @Nullable
        String listTag;
        @Nullable
        PartNumber part;
        final List<String> pairings = new ArrayList<>();
        @Nullable
        String rating;
    }

    /** Strips reply prefixes, bracketed list tags and fic markers from the front. */
    private static String prefixes(String s, Builder b) {
        for (int guard = 0; guard < 20; guard++) {
            Matcher m;
            if ((m = REPLY.matcher(s)).find() || (m = MARKER.matcher(s)).find()
                    || (m = REPOST.matcher(s)).find()) {
                s = s.substring(m.end());
                continue;
            }
            m = BRACKET.matcher(s);
            if (m.find() && m.end() < s.length()) {
                String inner = m.group(1).strip();
                if (!classify(inner, b) && !MARKER_WORD.matcher(inner).matches() && b.listTag == null) {
                    b.listTag = inner;
                }
                s = s.substring(m.end());
                continue;
            }
            return s;
        }
        return s;
    }

    private record PartMatch(int start, int end, @Nullable PartNumber part) {
    }

    private static @Nullable PartMatch findPart(String s) {
        PartMatch best = null;
        for (Pattern p : List.of(PART_BRACKET, PART_WORD, PART_BARE)) {
            Matcher m = p.matcher(s);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new PartMatch(m.start(), m.end(), partNumber(m.group(1), m.group(2)));
            }
        }
        return best;
    }

    static @Nullable PartNumber partNumber(String part, @Nullable String of) {
        Integer n = number(part);
        if (n == null) {
            return null;
        }
        Integer total = of == null || of.equals("?") ? null : number(of);
        return new PartNumber(n, total);
    }

    private static @Nullable Integer number(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        Integer word = WORDS.get(t);
        return word != null ? word : roman(t);
    }

    private static @Nullable Integer roman(String t) {
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                default -> -1;
            };
            if (v < 0) {
                return null;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total > 0 ? total : null;
    }

    /** What follows the part number: pairings and a rating, in any order. */
    private static void tail(String tail, Builder b) {
        for (String segment : tail.split("[,;|]|\\s[\\-\u2013\u2014]+\\s|[\\[\\](){}]")) {
            String seg = segment.strip();
            if (!seg.isEmpty() && !classify(seg, b)) {
                splitBySpace(seg, b);
            }
        }
    }

    /** "Spike/Xander R": a pairing and a rating without a separator. */
    private static void splitBySpace(String seg, Builder b) {
        int sp = seg.lastIndexOf(' ');
        if (sp > 0 && isRating(seg.substring(sp + 1)) && isPairing(seg.substring(0, sp))) {
            b.rating = b.rating == null ? seg.substring(sp + 1) : b.rating;
            b.pairings.add(seg.substring(0, sp).strip());
        }
    }

    /** Peels ratings and pairings off the end of the title part. */
    private static String peel(String head, Builder b) {
        String h = head.strip();
        for (int guard = 0; guard < 10 && !h.isEmpty(); guard++) {
            h = TRAILER.matcher(h).replaceFirst("");
            int cut = lastSegmentStart(h);
            if (cut <= 0) {
                return h;
            }
            String raw = h.substring(cut);
            String seg = LEADER.matcher(raw).replaceFirst("");
            String inner = seg.replaceAll("^[\\[({]|[\\])}]$", "").strip();
            boolean bare = !SEPARATED.matcher(raw).lookingAt();
            if (bare && !(inner.contains("/") || BARE_RATING.matcher(inner).matches())) {
                return h;
            }
            if (!classify(inner, b)) {
                return h;
            }
            h = h.substring(0, cut);
        }
        return h;
    }

    /** Where the last segment of {@code h} begins: a bracket group, a comma or dash part, or a word. */
    private static int lastSegmentStart(String h) {
        if (h.endsWith("]") || h.endsWith(")") || h.endsWith("}")) {
            int open = Math.max(h.lastIndexOf('['), Math.max(h.lastIndexOf('('), h.lastIndexOf('{')));
            return open;
        }
        int comma = Math.max(h.lastIndexOf(','), Math.max(h.lastIndexOf(';'), h.lastIndexOf('|')));
        int dash = Math.max(h.lastIndexOf(" - "),
                Math.max(h.lastIndexOf(" \u2013 "), h.lastIndexOf(" \u2014 ")));
        int sep = Math.max(comma, dash);
        int space = h.lastIndexOf(' ');
        return sep >= 0 && h.indexOf(' ', sep + 2) < 0 ? sep : Math.max(sep, space);
    }

    /** Records the segment as a rating or pairing(s) if it is one; false if it is neither. */
    private static boolean classify(String segment, Builder b) {
        String s = segment.strip();
        String rated = RATED.matcher(s).replaceFirst("");
        if (isRating(rated)) {
            if (b.rating == null) {
                b.rating = rated;
            }
            return true;
        }
        if (isPairingList(s)) {
            for (String p : s.split("\\s*(?:,|&| and )\\s*")) {
                if (!p.isBlank()) {
                    b.pairings.add(p.strip());
                }
            }
            return true;
        }
        return false;
    }

    /** A rating token, optionally followed by "for ..." ("R for language"). */
    static boolean isRating(String s) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        String token = sp < 0 ? t : t.substring(0, sp);
        if (sp >= 0 && !t.substring(sp + 1).toLowerCase(Locale.ROOT).startsWith("for ")) {
            return false;
        }
        token = token.replaceFirst("(?i)ish$", "");
        if (token.length() == 1) {
            return Ratings.TOKENS.contains(token);
        }
        for (String r : Ratings.TOKENS) {
            if (r.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPairing(String s) {
        return PAIRING.matcher(s.strip()).matches();
    }

    private static boolean isPairingList(String s) {
        for (String p : s.split("\\s*(?:,|&| and )\\s*")) {
            if (!p.isBlank() && !isPairing(p)) {
                return false;
            }
        }
        return !s.isBlank();
    }

    private static String cleanTitle(String head) {
        String t = LEADER.matcher(TRAILER.matcher(head.strip()).replaceFirst("")).replaceFirst("").strip();
        if (t.length() >= 2
                && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))
                && t.indexOf(t.charAt(0), 1) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
