package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ficshelf.doc.TextLine;

/**
 * How a body lays out its paragraphs, measured once over all its lines: hard-wrapped or one
 * line per paragraph, the usual indentation, the wrap width. Splits a block of consecutive
 * text lines into paragraphs and verse accordingly.
 *
 * @param wrapped true when lines are hard-wrapped, so consecutive lines join into one paragraph
 * @param baseIndent the smallest indentation of at least 5 % of the lines; a line indented further
 *        opens a paragraph
 * @param width the wrap width (the 90th percentile line length)
 */
record BodyLayout(boolean wrapped, int baseIndent, int width) {
    private static final int LONG_LINE = 100;
    private static final int MAX_VERSE_LINE = 60;

    static BodyLayout of(List<TextLine> lines) {
        int[] lengths = new int[lines.size()];
        int[] indents = new int[LONG_LINE];
        int n = 0;
        int longLines = 0;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String t = line.text();
            int len = t.strip().length();
            lengths[n++] = len;
            longLines += len > LONG_LINE ? 1 : 0;
            indents[Math.min(BodyText.indent(t), LONG_LINE - 1)]++;
        }
        int base = 0;
        while (base < indents.length - 1 && indents[base] * 20 < n) {
            base++;
        }
        int[] sorted = Arrays.copyOf(lengths, n);
        Arrays.sort(sorted);
        int width = n == 0 ? 0 : sorted[Math.min(n - 1, n * 9 / 10)];
        boolean wrapped = n > 0 && longLines * 20 < n;
        return new BodyLayout(wrapped, base, width);
    }

    /** The paragraphs of a block of consecutive text lines. */
    List<BodyUnit.Text> paragraphs(List<TextLine> block) {
        if (isVerse(block)) {
            return List.of(new BodyUnit.Text(block, true));
        }
        List<BodyUnit.Text> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < block.size(); k++) {
            if (opensParagraph(block.get(k - 1), block.get(k))) {
                out.add(new BodyUnit.Text(block.subList(start, k), false));
                start = k;
            }
        }
        out.add(new BodyUnit.Text(block.subList(start, block.size()), false));
        return out;
    }

    private boolean opensParagraph(TextLine previous, TextLine line) {
        if (!wrapped) {
            return true;
        }
        int indent = BodyText.indent(line.text());
        if (indent <= baseIndent) {
            return false;
        }
        int prevIndent = BodyText.indent(previous.text());
        return indent > prevIndent || previous.text().strip().length() < width * 6 / 10;
    }

    private boolean isVerse(List<TextLine> block) {
        if (block.size() < 2) {
            return false;
        }
        int indent = BodyText.indent(block.getFirst().text());
        boolean sameIndent = indent > baseIndent;
        int limit = wrapped ? Math.min(MAX_VERSE_LINE, width * 8 / 10) : MAX_VERSE_LINE;
        for (TextLine line : block) {
            int len = line.text().strip().length();
            if (len > limit) {
                return false;
            }
            sameIndent &= BodyText.indent(line.text()) == indent;
        }
        return sameIndent || !wrapped;
    }
}
