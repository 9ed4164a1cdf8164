package org.ficshelf.decode;

import java.text.Normalizer;
import org.ficshelf.ProblemList;

/**
 * The last step of decoding: C1 controls read as the windows-1252 characters they stood for,
 * line ends to {@code \n}, other control characters removed, Unicode NFC, U+FFFD counted. One
 * scan decides whether anything is to do, so clean text costs a single pass.
 */
final class Cleanup {
    private Cleanup() {
    }

    static String clean(String text, TextProfile profile, ProblemList problems) {
        String s = stripLeadingBom(text);
        if (profile.controls()) {
            s = controls(s, problems);
        } else if (profile.carriageReturns()) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (profile.maybeNotNfc() && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        reportReplacements(s, problems);
        return s;
    }

    private static String stripLeadingBom(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\uFEFF') {
            i++;
        }
        return i == 0 ? s : s.substring(i);
    }

    /** Line ends, C0 and C1 controls, in one pass. */
    private static String controls(String s, ProblemList problems) {
        StringBuilder out = new StringBuilder(s.length());
        int removed = 0;
        int firstRemoved = -1;
        int mapped = 0;
        int firstMapped = -1;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\f' || c == '\u000B') {
                out.append('\n'); // page and vertical breaks separate text: keep a line break
                removed++;
                firstRemoved = firstRemoved < 0 ? i : firstRemoved;
            } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                removed++;
                firstRemoved = firstRemoved < 0 ? i : firstRemoved;
            } else if (c >= 0x80 && c <= 0x9F) {
                char w = Western.CP1252[c];
                if (w == '\uFFFD') {
                    removed++;
                    firstRemoved = firstRemoved < 0 ? i : firstRemoved;
                } else {
                    out.append(w);
                    mapped++;
                    firstMapped = firstMapped < 0 ? i : firstMapped;
                }
            } else {
                out.append(c);
            }
        }
        report(problems, s, firstRemoved, "control-characters",
                "removed " + removed + " control character(s)");
        report(problems, s, firstMapped, "c1-characters-mapped",
                "read " + mapped + " C1 control character(s) as the windows-1252 characters they stood for");
        return out.toString();
    }

    private static void report(ProblemList problems, String s, int first, String code, String message) {
        if (first >= 0) {
            Positions at = Positions.of(s, first);
            problems.add(at.line(), at.column(), code, message);
        }
    }

    private static void reportReplacements(String s, ProblemList problems) {
        int first = s.indexOf('\uFFFD');
        if (first < 0) {
            return;
        }
        int count = 0;
        for (int i = first; i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
            count++;
        }
        report(problems, s, first, "replacement-characters",
                count + " character(s) could not be decoded and were replaced by U+FFFD");
    }
}
