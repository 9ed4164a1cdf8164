package org.ficshelf.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ficshelf.doc.TextLine;

/**
 * Cuts what a mail body carries after the story: a mailing list's or mail service's footer
 * (phrases in {@code list-footers.txt}) and the sender's signature (a {@code -- } line near the
 * end). Quoted reply lines and everything else stay.
 */
final class MailBody {
    /** Footers and signatures are looked for only among this many last lines. */
    private static final int FOOTER_WINDOW = 40;
    private static final int SIGNATURE_WINDOW = 15;
    private static final Pattern RULE = Pattern.compile("^\\s*[-_=~*#+.<>]{3,}.*$");

    private MailBody() {
    }

    private static final class Footers {
        static final List<String> PHRASES = DataFile.lowerEntries("list-footers.txt");
    }

    /** The body without footer and signature, trailing blank lines dropped. */
    static List<TextLine> clean(List<TextLine> body) {
        int end = trimBlank(body, body.size());
        end = trimBlank(body, footerStart(body, end));
        end = trimBlank(body, signatureStart(body, end));
        return body.subList(0, end);
    }

    /** Where a list footer begins among the last lines, or {@code end} when there is none. */
    static int footerStart(List<TextLine> lines, int end) {
        int from = Math.max(0, end - FOOTER_WINDOW);
        for (int i = from; i < end; i++) {
            if (isFooterPhrase(lines.get(i).text())) {
                int start = i;
                while (start > 0 && (lines.get(start - 1).isBlank() || isRule(lines.get(start - 1).text()))
                        && start > from) {
                    start--;
                }
                return start;
            }
        }
        return end;
    }

    /** Where a {@code -- } signature begins among the last lines, or {@code end}. */
    static int signatureStart(List<TextLine> lines, int end) {
        int from = Math.max(0, end - SIGNATURE_WINDOW);
        for (int i = end - 1; i >= from; i--) {
            String t = lines.get(i).text();
            if (t.equals("-- ") || t.equals("--")) {
                return i;
            }
        }
        return end;
    }

    private static boolean isFooterPhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : Footers.PHRASES) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRule(String text) {
        return text.length() < 120 && RULE.matcher(text).matches()
                && text.chars().noneMatch(Character::isLetter);
    }

    private static int trimBlank(List<TextLine> lines, int end) {
        int e = end;
        while (e > 0 && lines.get(e - 1).isBlank()) {
            e--;
        }
        return e;
    }
}
