package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.Footnote;
import org.ficshelf.doc.TextLine;

/**
 * Trims what follows the story at the end of each post: footnote legends (kept as footnotes),
 * sign-offs and signatures, list footers, a short disclaimer after a closing rule, and site
 * chrome after an end marker (counters, disclaimers, site copyright, navigation) with the rules
 * around it.
 */
final class EndMatterTrim {
    private static final Pattern LEGEND = Pattern
            .compile("\\s*[(\\[^]?(\\d{1,2}|\\*{1,3})[)\\].:]?\\s+(\\S.*)");
    private static final Pattern CONTACT = Pattern
            .compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+|https?://|www\\.");
    private static final int MAX_SIGN_OFF_WORDS = 40;
    private static final int MAX_TAIL_WORDS = 120;

    private EndMatterTrim() {
    }

    /** Removes end matter from {@code units} in place; legends found go to {@code footnotes}. */
    static void trim(List<BodyUnit> units, List<Footnote> footnotes) {
        trim(units, footnotes, new ArrayList<>());
    }

    /** As {@link #trim(List, List)}; the text of removed disclaimer paragraphs goes to {@code disclaimers}. */
    static void trim(List<BodyUnit> units, List<Footnote> footnotes, List<String> disclaimers) {
        int end = units.size();
        for (int k = units.size() - 1; k >= -1; k--) {
            if (k == -1 || units.get(k) instanceof BodyUnit.Post) {
                trimSegment(units, k + 1, end, footnotes, disclaimers);
                end = k;
            }
        }
    }

    private static void trimSegment(List<BodyUnit> units, int from, int to, List<Footnote> footnotes,
            List<String> disclaimers) {
        int lastEnd = -1;
        int lastBreak = -1;
        for (int k = from; k < to; k++) {
            if (units.get(k) instanceof BodyUnit.End) {
                lastEnd = k;
            } else if (units.get(k) instanceof BodyUnit.Break && lastEnd < 0) {
                lastBreak = k;
            }
        }
        List<Footnote> found = new ArrayList<>();
        boolean stop = false;
        for (int k = to - 1; k >= from && !stop; k--) {
            if (!(units.get(k) instanceof BodyUnit.Text text)) {
                continue;
            }
            List<Footnote> legend = legend(text.lines());
            if (!legend.isEmpty()) {
                found.addAll(0, legend);
                units.remove(k);
            } else if (BodyParagraphs.labelRole(text.lines()) != null) {
                continue;
            } else if (signOff(text.lines(), k > lastEnd && lastEnd >= 0)) {
                keepDisclaimer(text, disclaimers);
                units.remove(k);
            } else {
                stop = k < lastEnd || lastEnd < 0;
            }
        }
        footnotes.addAll(found);
        if (lastEnd >= 0) {
            dropTrailingBreaks(units, lastEnd, Math.min(units.size(), to));
        }
        if (lastEnd < 0 && lastBreak >= 0) {
            trimTail(units, lastBreak + 1, Math.min(units.size(), to), disclaimers);
        }
    }

    /** Drops rules after the end marker when nothing but rules and other end matter follows it. */
    private static void dropTrailingBreaks(List<BodyUnit> units, int lastEnd, int to) {
        for (int k = lastEnd + 1; k < to; k++) {
            if (units.get(k) instanceof BodyUnit.Text || units.get(k) instanceof BodyUnit.Heading) {
                return;
            }
        }
        for (int k = to - 1; k > lastEnd; k--) {
            if (units.get(k) instanceof BodyUnit.Break) {
                units.remove(k);
            }
        }
    }

    private static void keepDisclaimer(BodyUnit.Text text, List<String> disclaimers) {
        String s = joined(text.lines()).strip();
        if (HeaderCues.find(List.of(s), "disclaimer") != null) {
            disclaimers.add(0, s.replaceAll("\\s+", " "));
        }
    }

    /** Drops a short tail after the last rule when it reads as a footer or disclaimer. */
    private static void trimTail(List<BodyUnit> units, int from, int to, List<String> disclaimers) {
        int words = 0;
        boolean cue = false;
        for (int k = from; k < to && k < units.size(); k++) {
            if (units.get(k) instanceof BodyUnit.Text t && BodyParagraphs.labelRole(t.lines()) == null) {
                String s = joined(t.lines());
                words += BodyText.words(s);
                cue |= hasCue(s);
            } else if (!(units.get(k) instanceof BodyUnit.Text)) {
                return;
            }
        }
        if (cue && words <= MAX_TAIL_WORDS) {
            for (int k = Math.min(to, units.size()) - 1; k >= from; k--) {
                if (units.get(k) instanceof BodyUnit.Text t && BodyParagraphs.labelRole(t.lines()) == null) {
                    keepDisclaimer(t, disclaimers);
                    units.remove(k);
                }
            }
        }
    }

    private static boolean signOff(List<TextLine> lines, boolean afterEnd) {
        String s = joined(lines);
        int words = BodyText.words(s);
        return words <= MAX_SIGN_OFF_WORDS && (hasCue(s) || afterEnd && siteChrome(s))
                || afterEnd && words <= 3;
    }

    /** Whether a paragraph after the end marker reads as site chrome. */
    static boolean siteChrome(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String cue : BodyTables.SITE_CHROME_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCue(String s) {
        if (CONTACT.matcher(s).find()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String cue : BodyTables.OFFSTORY_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The legend entries a paragraph holds when every line (after an optional label line) is one. */
    static List<Footnote> legend(List<TextLine> lines) {
        List<Footnote> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (t.length() > 500) {
                return List.of();
            }
            Matcher m = LEGEND.matcher(t);
            if (m.matches()) {
                out.add(new Footnote(m.group(1), m.group(2).strip().replaceAll("\\s+", " ")));
            } else if (!(k == 0 && isLegendLabel(t))) {
                return List.of();
            }
        }
        return out;
    }

    private static boolean isLegendLabel(String t) {
        String s = t.strip();
        return s.endsWith(":") && BodyText.words(s) <= 3;
    }

    static String joined(List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : lines) {
            b.append(l.text().strip()).append(' ');
        }
        return b.toString();
    }
}
