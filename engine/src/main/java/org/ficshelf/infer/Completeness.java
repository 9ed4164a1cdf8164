package org.ficshelf.infer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ficshelf.FieldInfo;
import org.jspecify.annotations.Nullable;

/**
 * Whether a work is complete: what parse found in the text (end markers, part numbers) first,
 * else a stated status ("Complete", "WIP") or chapter count ("3/5", "5/5", "3/?"), also when
 * an AO3 stats line is run into another stated value.
 */
final class Completeness {
    private static final Set<String> COMPLETE = Set.of("complete", "completed", "finished", "done",
            "abgeschlossen",
            "fertig", "completa", "completo", "terminé", "terminée", "fini", "one-shot", "oneshot",
            "one shot");
    private static final Set<String> UNFINISHED = Set.of("wip", "in-progress", "in progress", "incomplete",
            "ongoing", "updating", "unfinished", "work in progress", "to be continued", "tbc", "in arbeit",
            "en progreso", "en cours", "hiatus", "on hiatus", "abandoned", "discontinued");

    private static final int STATS_HEAD = 2_000;

    private Completeness() {
    }

    /** Completeness and its provenance. */
    record Result(@Nullable Boolean complete, FieldInfo field) {
    }

    static Result infer(@Nullable Boolean parsed, @Nullable FieldInfo parsedField,
            Map<String, String> stated) {
        if (parsed != null) {
            return new Result(parsed, parsedField != null
                    ? parsedField
                    : FieldInfo.inferred(0.8,
                            List.of(parsed ? "an end marker in the text" : "more parts to come")));
        }
        String status = stated.get("status");
        Boolean byStatus = status == null ? null : status(status);
        if (byStatus != null) {
            return new Result(byStatus, FieldInfo.stated(1.0, List.of(status)));
        }
        String chapters = stated.get("chapters");
        Boolean byChapters = chapters == null ? null : chapters(chapters);
        if (byChapters != null) {
            return new Result(byChapters, FieldInfo.stated(0.95, List.of("chapters " + chapters)));
        }
        for (String value : stated.values()) {
            String embedded = embeddedChapters(value);
            Boolean byStats = embedded == null ? null : chapters(embedded);
            if (byStats != null) {
                return new Result(byStats, FieldInfo.stated(0.9, List.of("chapters " + embedded)));
            }
        }
        return new Result(null, FieldInfo.byDefault("nothing in the text or its metadata tells"));
    }

    /**
     * The "n/m" after "Chapters:" inside a stated value that runs an AO3 stats line together
     * ("2019-11-30 Chapters: 2/2 Words: 146"), or null. Reads a bounded head of the value.
     */
    static @Nullable String embeddedChapters(String value) {
        String head = value.length() > STATS_HEAD ? value.substring(0, STATS_HEAD) : value;
        int at = head.toLowerCase(Locale.ROOT).indexOf("chapters:");
        if (at < 0) {
            return null;
        }
        int start = at + "chapters:".length();
        while (start < head.length() && head.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end))) {
            end++;
        }
        return end > start ? head.substring(start, end) : null;
    }

    /** True for "Complete", false for "WIP", null for words that say neither. */
    static @Nullable Boolean status(String words) {
        String s = withoutTrailingStops(words.strip().toLowerCase(Locale.ROOT));
        if (COMPLETE.contains(s) || s.startsWith("complete")) {
            return true;
        }
        if (UNFINISHED.contains(s) || s.startsWith("wip") || s.startsWith("in progress")
                || s.startsWith("in-progress") || s.startsWith("incomplete")) {
            return false;
        }
        return null;
    }

    private static String withoutTrailingStops(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '!')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** "5/5" → true, "3/5" and "3/?" → false, anything else → null. */
    static @Nullable Boolean chapters(String words) {
        String s = words.strip();
        int slash = s.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        Integer done = number(s.substring(0, slash));
        String ofText = s.substring(slash + 1).strip();
        if (done == null) {
            return null;
        }
        if (ofText.equals("?") || ofText.isEmpty()) {
            return false;
        }
        Integer of = number(ofText);
        return of == null ? null : done >= of;
    }

    private static @Nullable Integer number(String s) {
        String t = s.strip().replace(",", "");
        if (t.isEmpty() || t.length() > 7) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(t);
    }
}
