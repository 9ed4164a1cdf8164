package org.ficshelf.decode;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.TextLine;

/**
 * Finds ellipses lost in a charset conversion ("he smelled.blood", "Isn't this.this isn't"),
 * reports each as a {@code lost-ellipsis} problem with its line and column, and restores them.
 *
 * <p>A candidate is a period between two letters. Host names, e-mail addresses, URLs, file
 * names, newsgroups, initials and abbreviations are told apart by the shape of the dotted word
 * and by word lists in {@code lost-ellipsis.tsv}. A candidate followed by a capital ("left.Then")
 * is as likely a missing space, so it is repaired only when the same text has at least
 * {@value #CONFIRMING} clear cases: then the damage is established.
 */
public final class LostEllipsis {
    private static final int CONFIRMING = 2;
    private static final int CONTEXT = 20;

    private LostEllipsis() {
    }

    /** The lines with lost ellipses restored; one problem per repair. */
    public static List<TextLine> repair(List<TextLine> lines, ProblemList problems) {
        List<List<Candidate>> found = new ArrayList<>(lines.size());
        int clear = 0;
        for (TextLine line : lines) {
            List<Candidate> candidates = EllipsisCandidates.find(line.text());
            found.add(candidates);
            for (Candidate c : candidates) {
                clear += c.clear() ? 1 : 0;
            }
        }
        if (found.stream().allMatch(List::isEmpty)) {
            return lines;
        }
        boolean damaged = clear >= CONFIRMING;
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            out.add(repairLine(lines.get(k), found.get(k), damaged, problems));
        }
        return out;
    }

    /** A period at {@code index} between letters; {@code clear} when the next word is lowercase. */
    record Candidate(int index, boolean clear) {
    }

    private static TextLine repairLine(TextLine line, List<Candidate> candidates, boolean damaged,
            ProblemList problems) {
        if (candidates.isEmpty()) {
            return line;
        }
        String text = line.text();
        StringBuilder out = new StringBuilder(text.length() + 2 * candidates.size());
        int[] at = new int[candidates.size()];
        int copied = 0;
        int inserted = 0;
        for (Candidate c : candidates) {
            if (!c.clear() && !damaged) {
                continue;
            }
            problems.add(line.number(), c.index() + 1, "lost-ellipsis",
                    "a lost ellipsis restored in \"" + context(text, c.index()) + "\"");
            out.append(text, copied, c.index() + 1).append("..");
            copied = c.index() + 1;
            at[inserted++] = copied;
        }
        if (inserted == 0) {
            return line;
        }
        out.append(text, copied, text.length());
        return new TextLine(line.number(), out.toString(), shift(line.spans(), at, inserted, 2));
    }

    /** Spans after inserting {@code count} chars at {@code at}: later spans move, spans over it grow. */
    static List<Span> shift(List<Span> spans, int at, int count) {
        return shift(spans, new int[]{at}, 1, count);
    }

    /**
     * Spans after inserting {@code count} chars at each of the first {@code n} ascending offsets
     * of {@code at} (offsets in the original text): a span moves by the insertions at or before
     * its start and grows by those inside it or at its end.
     */
    static List<Span> shift(List<Span> spans, int[] at, int n, int count) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int before = upTo(at, n, s.start());
            int within = upTo(at, n, s.end()) - before;
            if (before == 0 && within == 0) {
                out.add(s);
            } else {
                out.add(new Span(s.start() + before * count, s.end() + (before + within) * count, s.kind(),
                        s.mark()));
            }
        }
        return out;
    }

    /** How many of the first {@code n} ascending offsets are at most {@code limit}. */
    private static int upTo(int[] at, int n, int limit) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String context(String text, int index) {
        int from = Math.max(0, index - CONTEXT);
        int to = Math.min(text.length(), index + CONTEXT + 1);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
