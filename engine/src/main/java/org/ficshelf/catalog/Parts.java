package org.ficshelf.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.ChapterInfo;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.Problem;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * Multi-part posts: the part number a record states ("(2/3)" in an e-mail subject or a title)
 * and the assembly of the parts of one work, in part order, into one record whose chapters are
 * the parts' chapters. Parts belong together when their titles (without the part number) and
 * first authors agree.
 */
final class Parts {
    private static final Pattern BRACKETED = Pattern.compile(
            "[(\\[]\\s*(?:part\\s+)?(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3}|\\?)\\s*[)\\]]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF = Pattern.compile(
            "\\bpart\\s+(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3}|\\?)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final List<String> RATINGS = List.of("Not Rated", "General Audiences",
            "Teen And Up Audiences",
            "Mature", "Explicit");

    private Parts() {
    }

    /** A part number: {@code of} is null when unknown ("(2/?)"). */
    record Number(int part, @Nullable Integer of) {
    }

    /** One stored part and its own record. */
    record Part(int part, @Nullable Integer of, WorkRecord record) {
    }

    /** The part number the record's subject or title states, or null. */
    static @Nullable Number of(WorkRecord r) {
        for (String text : new String[]{r.stated().get("subject"), r.stated().get("title"), r.title()}) {
            Number n = text == null ? null : parse(text);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    static @Nullable Number parse(String text) {
        for (Pattern p : List.of(BRACKETED, PART_OF)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                int part = Integer.parseInt(m.group(1));
                Integer of = m.group(2).equals("?") ? null : Integer.valueOf(m.group(2));
                if (part >= 1 && (of == null || part <= of)) {
                    return new Number(part, of);
                }
            }
        }
        return null;
    }

    /** What parts of one work share: title without the part number, and first author. */
    static @Nullable String key(WorkRecord r) {
        if (r.title() == null || r.authors().isEmpty()) {
            return null;
        }
        String title = BRACKETED.matcher(r.title()).replaceAll(" ");
        title = PART_OF.matcher(title).replaceAll(" ");
        title = norm(title.replaceAll("[\\p{Punct}\\s]+$", ""));
        return title.isEmpty() ? null : title + "\u001F" + norm(r.authors().get(0));
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The record of the work the parts make, parts taken in part order. */
    static WorkRecord merge(List<Part> parts) {
        List<Part> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> Integer.compare(a.part(), b.part()));
        WorkRecord base = sorted.get(0).record();
        WorkRecord last = sorted.get(sorted.size() - 1).record();
        List<ChapterInfo> chapters = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Footnote> footnotes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int words = 0;
        String summary = null;
        for (Part p : sorted) {
            chapters.addAll(chaptersOf(p));
            notes.addAll(p.record().notes());
            footnotes.addAll(p.record().footnotes());
            problems.addAll(p.record().problems());
            words += p.record().words();
            summary = summary != null ? summary : p.record().summary();
        }
        Boolean complete = complete(sorted, last);
        Map<String, FieldInfo> fields = new LinkedHashMap<>(base.fields());
        fields.put("complete", FieldInfo.inferred(0.8, List.of(present(sorted))));
        return new WorkRecord(base.source(), base.title(), base.authors(), summary,
                union(sorted, WorkRecord::fandoms),
                highest(sorted, WorkRecord::rating), highest(sorted, WorkRecord::contentRating),
                union(sorted, WorkRecord::warnings), union(sorted, WorkRecord::categories),
                union(sorted, WorkRecord::relationships), union(sorted, WorkRecord::characters),
                union(sorted, WorkRecord::tags), base.language(), words, complete, pov(sorted), chapters,
                notes,
                footnotes, base.stated(), fields, problems);
    }

    /** A part's chapters; a part without headings becomes one chapter named "Part n". */
    static List<ChapterInfo> chaptersOf(Part p) {
        List<ChapterInfo> own = p.record().chapters();
        if (own.size() == 1 && own.get(0).title() == null) {
            return List.of(new ChapterInfo("Part " + p.part(), own.get(0).words()));
        }
        return own;
    }

    private static @Nullable Boolean complete(List<Part> sorted, WorkRecord last) {
        Integer of = sorted.get(sorted.size() - 1).of();
        boolean allThere = of != null && sorted.size() == of && sorted.get(0).part() == 1;
        if (!allThere) {
            return false;
        }
        return last.complete() == null ? Boolean.TRUE : last.complete();
    }

    private static String present(List<Part> sorted) {
        StringBuilder s = new StringBuilder("parts ");
        for (int i = 0; i < sorted.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(sorted.get(i).part());
        }
        Integer of = sorted.get(sorted.size() - 1).of();
        return s.append(" of ").append(of == null ? "?" : of).append(" present").toString();
    }

    private static List<String> union(List<Part> parts,
            java.util.function.Function<WorkRecord, List<String>> f) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Part p : parts) {
            out.addAll(f.apply(p.record()));
        }
        return List.copyOf(out);
    }

    private static @Nullable String highest(List<Part> parts,
            java.util.function.Function<WorkRecord, @Nullable String> f) {
        String best = null;
        for (Part p : parts) {
            String r = f.apply(p.record());
            if (r != null && (best == null || RATINGS.indexOf(r) > RATINGS.indexOf(best))) {
                best = r;
            }
        }
        return best;
    }

    private static @Nullable String pov(List<Part> parts) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p.record().pov() != null) {
                seen.add(p.record().pov());
            }
        }
        return seen.isEmpty() ? null : seen.size() == 1 ? seen.iterator().next() : "mixed";
    }
}
