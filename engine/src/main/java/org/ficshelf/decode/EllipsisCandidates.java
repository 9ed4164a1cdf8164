package org.ficshelf.decode;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.decode.LostEllipsis.Candidate;

/**
 * Finds the periods in a line that stand for a lost ellipsis: a period between letters, in a
 * dotted word that is not a host name, address, file name, newsgroup, initialism or abbreviation.
 */
final class EllipsisCandidates {
    /** A dotted run longer than this is data (an encoded blob, a hostile line), not prose. */
    private static final int MAX_RUN = 256;

    private EllipsisCandidates() {
    }

    /** Lazily loaded word lists. */
    private static final class Words {
        static final Lexicon LEXICON = Lexicon.load("lost-ellipsis.tsv");
    }

    /**
     * The candidate periods of {@code text}, in order. Each whitespace-delimited token is examined
     * once, and each dotted run in it is split once, so the scan is linear in the line length.
     */
    static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>(0);
        int length = text.length();
        for (int i = text.indexOf('.', 1); i > 0 && i < length - 1; i = text.indexOf('.', i + 1)) {
            if (!isLetterDotLetter(text, i)) {
                continue;
            }
            int tokenStart = i;
            while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            int tokenEnd = i;
            while (tokenEnd < length && !Character.isWhitespace(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            if (!looksLikeAddress(text, tokenStart, tokenEnd)) {
                runs(text, tokenStart, tokenEnd, out);
            }
            i = tokenEnd;
        }
        return out.isEmpty() ? List.of() : out;
    }

    private static boolean isLetterDotLetter(String text, int dot) {
        return dot > 0 && dot < text.length() - 1 && text.charAt(dot) == '.'
                && Character.isLetter(text.charAt(dot - 1)) && Character.isLetter(text.charAt(dot + 1));
    }

    /** Judges every dotted run of the token {@code [from, to)}. */
    private static void runs(String text, int from, int to, List<Candidate> out) {
        int i = from;
        while (i < to) {
            if (!isRunChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && isRunChar(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i <= MAX_RUN) {
                judgeRun(text, i, runEnd, out);
            }
            i = runEnd;
        }
    }

    /** Judges each letter-dot-letter period of the run {@code [from, to)}, split once. */
    private static void judgeRun(String text, int from, int to, List<Candidate> out) {
        int firstDot = text.indexOf('.', from);
        if (firstDot < 0 || firstDot >= to) {
            return;
        }
        String[] parts = trimmed(text.substring(from, to).split("\\.", -1));
        boolean stutters = stutters(parts);
        int left = 0;
        for (int dot = from; dot < to; dot++) {
            if (text.charAt(dot) != '.') {
                continue;
            }
            if (isLetterDotLetter(text, dot) && !isNameLike(parts, left, stutters)) {
                String right = parts[left + 1];
                boolean clear = Character.isLowerCase(right.charAt(0)) || right.equals("I")
                        || right.startsWith("I'") || right.startsWith("I\u2019");
                out.add(new Candidate(dot, clear));
            }
            left++;
        }
    }

    private static boolean looksLikeAddress(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\\') {
                return true;
            }
            if (c == '!' && i > from && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true; // a bang path
            }
            if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameLike(String[] parts, int left, boolean stutters) {
        String l = parts[left];
        String r = parts[left + 1];
        if (l.isEmpty() || r.isEmpty() || hasDigitOrUnderscore(l) || hasDigitOrUnderscore(r)) {
            return true;
        }
        boolean chainBefore = left > 0;
        boolean chainAfter = left + 2 < parts.length;
        if (l.length() == 1 && (r.length() == 1 || chainBefore || chainAfter)) {
            return true; // initials and initialisms: "J.K", "U.S.S", "D.M.Templeton", "a.m"
        }
        if (r.length() == 1 && (chainAfter || chainBefore)) {
            return true;
        }
        Lexicon words = Words.LEXICON;
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (words.has("abbrev", l) || words.has("prefix", first) || words.has("tld", last)
                || words.has("ext", last)) {
            return true;
        }
        return parts.length >= 3 && !stutters
                && (words.has("hierarchy", first) || words.has("tld-word", last));
    }

    /** A repeated word ("No.no.no") is speech, not a host name. */
    private static boolean stutters(String[] parts) {
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].equalsIgnoreCase(parts[k - 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigitOrUnderscore(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '_') {
                return true;
            }
        }
        return false;
    }

    /** Letters, digits and the characters of host names, file names and contractions. */
    private static boolean isRunChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '\'' || c == '\u2019';
    }

    /** Parts without the apostrophes and hyphens that may wrap them ("'this", "-and"). */
    private static String[] trimmed(String[] parts) {
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            int a = 0;
            int b = p.length();
            while (a < b && !Character.isLetterOrDigit(p.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(p.charAt(b - 1))) {
                b--;
            }
            parts[k] = p.substring(a, b);
        }
        return parts;
    }
}
