package org.ficshelf.canon;

import java.util.Arrays;

/**
 * The words of a text in one pass: letters and digits, with apostrophes and hyphens inside a
 * word kept ("O'Brien", "Wyndam-Pryce"), each with its offsets, whether it starts a sentence,
 * and whether it may continue a name begun by the word before (only spaces or an initial's
 * period or a colon between them, as in "Angel: the Series"). Reused across texts to avoid allocation.
 */
final class Words {
    int count;
    int[] starts = new int[64];
    int[] ends = new int[64];
    boolean[] initial = new boolean[64];
    boolean[] joined = new boolean[64];

    void split(CharSequence text) {
        count = 0;
        int n = text.length();
        int prevEnd = -1;
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (isInner(text.charAt(i)) && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            add(text, prevEnd, start, i);
            prevEnd = i;
        }
    }

    private void add(CharSequence text, int prevEnd, int start, int end) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            initial = Arrays.copyOf(initial, size);
            joined = Arrays.copyOf(joined, size);
        }
        starts[count] = start;
        ends[count] = end;
        boolean sentenceEnd = prevEnd < 0;
        boolean joinable = prevEnd >= 0 && start - prevEnd <= 3;
        for (int j = Math.max(prevEnd, 0); j < start; j++) {
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\n') {
                sentenceEnd = true;
            }
            if (c != ' ' && c != '.' && c != '\t' && c != '&' && c != '"' && c != ':') {
                joinable = false;
            }
        }
        initial[count] = sentenceEnd;
        joined[count] = joinable;
        count++;
    }

    private static boolean isInner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }
}
