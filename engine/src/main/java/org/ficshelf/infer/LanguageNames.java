package org.ficshelf.infer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a stated language ("English", "Deutsch", "en-US") as an ISO 639-1 code; data in {@code language-names.tsv}. */
public final class LanguageNames {
    private static final Map<String, String> CODES = load();

    private LanguageNames() {
    }

    /** The code a stated language names, if the data knows the name. */
    public static Optional<String> code(String stated) {
        String s = stated.strip().toLowerCase(Locale.ROOT);
        String code = CODES.get(s);
        if (code == null) {
            code = CODES.get(firstPart(s, " ("));
        }
        if (code == null) {
            code = CODES.get(firstPart(s, "-_,;/"));
        }
        return Optional.ofNullable(code);
    }

    private static String firstPart(String s, String separators) {
        for (int i = 0; i < s.length(); i++) {
            if (separators.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        for (String[] row : RecordAssemblyData.rows("language-names.tsv")) {
            codes.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(codes);
    }
}
