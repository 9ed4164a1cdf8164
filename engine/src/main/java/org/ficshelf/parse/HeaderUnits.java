package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.doc.TextLine;

/** The top of a text cut into units: paragraphs (runs of non-blank lines) and separator rows. */
final class HeaderUnits {
    private HeaderUnits() {
    }

    /**
     * One unit: lines [from, to) of the source list, whether it is a separator row, and the
     * number of blank lines after it.
     */
    record Unit(int from, int to, boolean separator, int blanksAfter, List<String> lines) {
        String first() {
            return lines.get(0);
        }

        String text() {
            return HeaderText.join(lines);
        }

        int words() {
            return HeaderText.words(text());
        }
    }

    /** Units from line {@code start}, at most {@code maxUnits} and {@code maxLines} lines. */
    static List<Unit> split(List<TextLine> lines, int start, int maxUnits, int maxLines) {
        List<Unit> units = new ArrayList<>();
        int end = Math.min(lines.size(), start + maxLines);
        int i = start;
        while (i < end && units.size() < maxUnits) {
            while (i < end && lines.get(i).isBlank()) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int from = i;
            boolean sep = HeaderText.isSeparator(lines.get(i).text());
            List<String> texts = new ArrayList<>();
            if (sep) {
                texts.add(lines.get(i).text());
                i++;
                while (i < end && HeaderText.isSeparator(lines.get(i).text())) {
                    i++; // a rule broken over two lines is one separator
                }
            } else {
                while (i < end && !lines.get(i).isBlank() && !HeaderText.isSeparator(lines.get(i).text())) {
                    texts.add(lines.get(i).text());
                    i++;
                }
            }
            int to = i;
            int blanks = 0;
            while (i < end && lines.get(i).isBlank()) {
                blanks++;
                i++;
            }
            units.add(new Unit(from, to, sep, blanks, texts));
        }
        return units;
    }
}
