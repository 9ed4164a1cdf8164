package org.ficshelf.infer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ficshelf.FieldInfo;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.parse.ParsedWork;

/** Helpers that put the work record together: the stated values in one view, fields in order, problems. */
final class RecordAssembly {
    /** The record's fields in the contract's order: {@code fields} lists provenance in this order. */
    static final List<String> FIELD_ORDER = List.of("title", "authors", "summary", "fandoms", "rating",
            "contentRating", "warnings", "categories", "relationships", "characters", "tags", "language",
            "words",
            "complete", "pov", "chapters");

    private RecordAssembly() {
    }

    /**
     * The stated values by lower-case key: the parsed front matter's, then the container's
     * metadata for keys the front matter lacks. Null and blank values are left out.
     */
    static Map<String, String> stated(ParsedWork parsed, SourceDocument source) {
        Map<String, String> stated = new LinkedHashMap<>();
        parsed.stated().forEach((k, v) -> put(stated, k, v));
        source.metadata().forEach((k, v) -> put(stated, k, v));
        return stated;
    }

    private static void put(Map<String, String> stated, String key,
            @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            stated.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value.strip());
        }
    }

    /** All field provenance, the record's own fields first in contract order, then any others. */
    static Map<String, FieldInfo> ordered(Map<String, FieldInfo> all) {
        Map<String, FieldInfo> out = new LinkedHashMap<>();
        for (String key : FIELD_ORDER) {
            FieldInfo info = all.get(key);
            if (info != null) {
                out.put(key, info);
            }
        }
        all.forEach(out::putIfAbsent);
        return out;
    }

    /** Runs another stage's part of inference; should it fail, records the failure and falls back. */
    static <T> T guarded(String stage, Supplier<T> part, T fallback, ProblemList problems) {
        try {
            return part.get();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(Problem.ofFile("internal-error", stage + " failed on this work ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); its fields are left empty"));
            return fallback;
        }
    }
}
