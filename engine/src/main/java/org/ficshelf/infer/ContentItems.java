package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;

/** Splits a stated list ("angst, language; spoilers for S6 and death") into its items. */
final class ContentItems {
    private ContentItems() {
    }

    /** Items split at , ; | and the word "and"; empty items dropped, each trimmed. */
    static List<String> split(String value) {
        return split(value, true);
    }

    /** Items split at , ; | and line ends only, for tag lists whose tags may hold "and". */
    static List<String> splitTags(String value) {
        return split(value, false);
    }

    private static List<String> split(String value, boolean atAnd) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == ';' || c == '|' || c == '\n') {
                flush(item, items);
            } else if (atAnd && isAnd(value, i)) {
                flush(item, items);
                i += 3;
            } else {
                item.append(c);
            }
        }
        flush(item, items);
        return items;
    }

    private static boolean isAnd(String value, int i) {
        return i > 0 && value.charAt(i) == ' ' && value.regionMatches(true, i, " and ", 0, 5);
    }

    private static void flush(StringBuilder item, List<String> items) {
        String text = item.toString().strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
        item.setLength(0);
    }
}
