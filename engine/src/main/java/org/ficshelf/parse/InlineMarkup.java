package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * Reads inline markup in a paragraph's raw text: delimiter pairs become spans and their
 * delimiters are removed; footnote markers become FOOTNOTE_REF spans. One left-to-right pass
 * per convention, so hostile text stays linear.
 */
final class InlineMarkup {
    /** The longest stretch a markup pair may span; an opener left open longer is dropped. */
    static final int MAX_SPAN = 2000;

    private InlineMarkup() {
    }

    /** What reading a raw text gave: the clean text, its spans, and raw offsets of unclosed openers. */
    record Result(String text, List<Span> spans, List<Integer> unclosed) {
    }

    /**
     * @param raw the paragraph's text with delimiters
     * @param rawSpans spans the source already marked, in raw offsets
     * @param conventions the conventions to apply, longest opener first
     * @param legendMarks footnote marks a legend defines ("1", "*")
     */
    static Result read(String raw, List<Span> rawSpans, List<MarkupConvention> conventions,
            Set<String> legendMarks) {
        BitSet removed = new BitSet(raw.length());
        List<Span> spans = new ArrayList<>(rawSpans);
        List<Integer> unclosed = new ArrayList<>();
        for (MarkupConvention c : conventions) {
            scan(raw, c, removed, spans, unclosed);
        }
        InlineFootnotes.find(raw, removed, legendMarks, spans);
        return remap(raw, removed, spans, unclosed);
    }

    private static void scan(String raw, MarkupConvention c, BitSet removed, List<Span> spans,
            List<Integer> unclosed) {
        int open = -1;
        int n = raw.length();
        int i = raw.indexOf(c.open().charAt(0));
        int j = c.symmetric() ? i : raw.indexOf(c.close().charAt(0));
        while (i >= 0 || j >= 0) {
            int at = next(i, j);
            if (open >= 0 && at - open > MAX_SPAN) {
                unclosed.add(open);
                open = -1;
            }
            if (open >= 0 && raw.startsWith(c.close(), at) && isCloser(raw, at, c, removed)
                    && acceptable(raw, open + c.open().length(), at, c)) {
                mark(removed, open, c.open().length());
                mark(removed, at, c.close().length());
                spans.add(Span.of(open, at + c.close().length(), c.kind()));
                open = -1;
            } else if (raw.startsWith(c.open(), at) && isOpener(raw, at, c, removed)) {
                open = at;
            }
            int step = at + 1;
            if (at == i) {
                i = step < n ? raw.indexOf(c.open().charAt(0), step) : -1;
            }
            if (c.symmetric()) {
                j = i;
            } else if (at == j) {
                j = step < n ? raw.indexOf(c.close().charAt(0), step) : -1;
            }
        }
        if (open >= 0 && c.kind() != SpanKind.UNDERLINE) {
            unclosed.add(open);
        }
    }

    private static int next(int i, int j) {
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static void mark(BitSet removed, int from, int length) {
        removed.set(from, from + length);
    }

    private static boolean isOpener(String raw, int at, MarkupConvention c, BitSet removed) {
        int after = at + c.open().length();
        if (removed.get(at) || after >= raw.length() || Character.isWhitespace(raw.charAt(after))) {
            return false;
        }
        char first = c.open().charAt(0);
        if (c.symmetric() && (raw.charAt(after) == first || at > 0 && raw.charAt(at - 1) == first)) {
            return false;
        }
        return at == 0 || !Character.isLetterOrDigit(raw.charAt(at - 1)) || !c.symmetric();
    }

    private static boolean isCloser(String raw, int at, MarkupConvention c, BitSet removed) {
        int after = at + c.close().length();
        if (removed.get(at) || at == 0 || Character.isWhitespace(raw.charAt(at - 1))) {
            return false;
        }
        char last = c.close().charAt(0);
        if (c.symmetric()
                && (raw.charAt(at - 1) == last || after < raw.length() && raw.charAt(after) == last)) {
            return false;
        }
        return after >= raw.length() || !Character.isLetterOrDigit(raw.charAt(after)) || !c.symmetric();
    }

    /** Rejects pairs that are not markup: URLs, paths and numbers between slashes. */
    private static boolean acceptable(String raw, int from, int to, MarkupConvention c) {
        if (to <= from) {
            return false;
        }
        if (c.open().equals("/")) {
            String inner = raw.substring(from, Math.min(to, from + 400));
            if (inner.contains("://") || inner.startsWith("www.") || inner.contains(".com")
                    || inner.contains(".htm")) {
                return false;
            }
            return from < 2 || raw.charAt(from - 2) != ':';
        }
        return true;
    }

    private static Result remap(String raw, BitSet removed, List<Span> spans, List<Integer> unclosed) {
        if (removed.isEmpty()) {
            return sorted(raw, spans, unclosed); // nothing removed: positions stand
        }
        int n = raw.length();
        int[] pos = new int[n + 1];
        StringBuilder text = new StringBuilder(n);
        int k = 0;
        while (k < n) {
            int cut = removed.nextSetBit(k);
            int keepEnd = cut < 0 || cut > n ? n : cut;
            int kept = text.length();
            for (int x = k; x < keepEnd; x++) {
                pos[x] = kept + x - k;
            }
            text.append(raw, k, keepEnd);
            int cutEnd = keepEnd >= n ? n : Math.min(n, removed.nextClearBit(keepEnd));
            Arrays.fill(pos, keepEnd, cutEnd, text.length());
            k = cutEnd;
        }
        pos[n] = text.length();
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = pos[Math.min(s.start(), n)];
            int end = pos[Math.min(s.end(), n)];
            if (end > start) {
                out.add(new Span(start, end, s.kind(), s.mark()));
            }
        }
        return sorted(text.toString(), out, unclosed);
    }

    private static Result sorted(String text, List<Span> spans, List<Integer> unclosed) {
        List<Span> out = new ArrayList<>(spans.size());
        int n = text.length();
        for (Span s : spans) {
            int start = Math.min(s.start(), n);
            int end = Math.min(s.end(), n);
            if (end > start) {
                out.add(start == s.start() && end == s.end() ? s : new Span(start, end, s.kind(), s.mark()));
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        return new Result(text, out, unclosed);
    }
}
