package org.ficshelf.decode;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.decode.LostEllipsis.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the periods in a line that stand for a lost ellipsis: a period between letters, in a
 * dotted word that is not a host name, address, file name, newsgroup, initialism or abbreviation.
 */
final class EllipsisCandidates {
    private EllipsisCandidates() {
    }

    /** Lazily loaded word lists. */
    private static final class Words {
        static final Lexicon LEXICON = Lexicon.load("lost-ellipsis.tsv");
    }

    static List<Candidate> find(String text) {
        List<Candidate> out = List.of();
        for (int i = text.indexOf('.', 1); i > 0 && i < text.length() - 1; i = text.indexOf('.', i + 1)) {
            if (!Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            Candidate c = judge(text, i);
            if (c != null) {
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(c);
            }
        }
        return out;
    }

    private static @Nullable Candidate judge(String text, int dot) {
        int tokenStart = dot;
        while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        int tokenEnd = dot;
        while (tokenEnd < text.length() && !Character.isWhitespace(text.charAt(tokenEnd))) {
            tokenEnd++;
        }
        String token = text.substring(tokenStart, tokenEnd);
        if (looksLikeAddress(token)) {
            return null;
        }
        int runStart = dot;
        while (runStart > tokenStart && isRunChar(text.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = dot + 1;
        while (runEnd < tokenEnd && isRunChar(text.charAt(runEnd))) {
            runEnd++;
        }
        String[] parts = trimmed(text.substring(runStart, runEnd).split("\\.", -1));
        int left = countDots(text, runStart, dot); // index of the part before this period
        if (isNameLike(parts, left)) {
            return null;
        }
        String right = parts[left + 1];
        boolean clear = Character.isLowerCase(right.charAt(0)) || right.equals("I") || right.startsWith("I'")
                || right.startsWith("I\u2019");
        return new Candidate(dot, clear);
    }

    private static boolean looksLikeAddress(String token) {
        int bang = token.indexOf('!');
        boolean bangPath = bang > 0 && bang < token.length() - 1
                && Character.isLetterOrDigit(token.charAt(bang + 1));
        return bangPath || token.indexOf('@') >= 0 || token.contains("://") || token.indexOf('\\') >= 0;
    }

    private static boolean isNameLike(String[] parts, int left) {
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
        return parts.length >= 3 && !stutters(parts)
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

    private static int countDots(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += text.charAt(i) == '.' ? 1 : 0;
        }
        return n;
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
