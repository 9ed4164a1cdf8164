package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the grammatical person from an author's POV note or tags ({@code pov-stated.tsv}):
 * "1st person POV" is first, "Spike's POV" tells nothing of the person.
 */
public final class PovStated {
    private static final List<String[]> CUES = load();

    private PovStated() {
    }

    /** The person the words state; "mixed" when they state two; empty when they state none. */
    public static Optional<String> person(String statedWords) {
        String s = statedWords.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (String[] cue : CUES) {
            if (containsWord(s, cue[0])) {
                found.add(cue[1]);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(found.size() == 1 ? found.iterator().next() : "mixed");
    }

    private static boolean containsWord(String s, String phrase) {
        for (int i = s.indexOf(phrase); i >= 0; i = s.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
            boolean endOk = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> load() {
        List<String[]> cues = new ArrayList<>();
        for (String[] row : RecordAssemblyData.rows("pov-stated.tsv")) {
            cues.add(new String[]{row[0].toLowerCase(Locale.ROOT), row[1]});
        }
        return List.copyOf(cues);
    }
}
