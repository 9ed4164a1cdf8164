package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ficshelf.FieldInfo;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/**
 * Additional (freeform) tags from what the author stated: genre, category and keyword lists
 * looked up item by item ("h/c" is Hurt/Comfort), warnings that are not archive warnings,
 * and cues in the setting, spoiler and POV lines, the summary and the notes (AU, "what if",
 * "Set S7", "post-Chosen", "Spike's POV"). The story text itself is not read for tags.
 */
final class AdditionalTagReader {
    private static final Set<String> LIST_KEYS = Set.of("category", "categories", "genre", "genres",
            "keywords",
            "keyword", "tags", "tag", "type", "themes", "content", "style", "subject", "additional tags");
    private static final Set<String> PROSE_KEYS = Set.of("spoilers", "spoiler", "setting", "timeline", "pov",
            "time", "set", "series", "note", "notes", "a/n", "author's note");
    /** Keys whose items are tags as the author or archive gave them (AO3 "Additional Tags"). */
    private static final Set<String> VERBATIM_KEYS = Set.of("tags", "additional tags", "freeform",
            "freeforms");
    /** Other stated fields an item of a tag list may repeat (EPUB subject lists mix them in). */
    private static final List<String> OTHER_KEYS = List.of("fandom", "fandoms", "rating", "category",
            "categories", "warnings", "warning", "characters", "relationships", "pairings", "pairing",
            "status", "language", "publisher");
    private static final int VERBATIM_MAX_ITEMS = 100;
    private static final int VERBATIM_MAX_CHARS = 150;
    private static final int OTHER_VALUE_CHARS = 4_000;
    private static final int EVIDENCE_CHARS = 80;

    private final AdditionalTagLexicon lexicon;
    private final CueTokens tokens = new CueTokens();
    private final Map<String, Double> tags = new LinkedHashMap<>();
    private final List<String> evidence = new ArrayList<>();

    AdditionalTagReader(AdditionalTagLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The tags and their provenance. */
    record Result(List<String> tags, FieldInfo field) {
    }

    Result read(ParsedWork parsed, List<WarningReader.StatedItem> warningLeftovers) {
        for (Map.Entry<String, @Nullable String> entry : parsed.stated().entrySet()) {
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            String value = entry.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            if (VERBATIM_KEYS.contains(key)) {
                verbatim(key, value, parsed.stated());
            } else if (LIST_KEYS.contains(key)) {
                list(key, value);
            } else if (PROSE_KEYS.contains(key)) {
                prose(key, value);
            }
        }
        for (WarningReader.StatedItem item : warningLeftovers) {
            warningItem(item);
        }
        if (parsed.summary() != null) {
            prose("summary", parsed.summary());
        }
        for (String note : parsed.notes()) {
            prose("note", note);
        }
        return result();
    }

    private void list(String key, String value) {
        for (String item : ContentItems.split(value)) {
            if (!whole(key, item) && !slashParts(key, item)) {
                scan(key, item, true);
            }
        }
    }

    /**
     * A tag list as given: each item known to the lexicon takes its canonical spelling, any
     * other is kept verbatim unless it is a rating, a status, a word that is no tag
     * ({@code tag-ignored.tsv}) or repeats another stated field (a fandom in a subject list).
     */
    private void verbatim(String key, String value, Map<String, @Nullable String> stated) {
        List<String> items = ContentItems.splitTags(value);
        for (int k = 0; k < Math.min(items.size(), VERBATIM_MAX_ITEMS); k++) {
            String item = items.get(k);
            if (whole(key, item) || item.length() > VERBATIM_MAX_CHARS || notATag(item, stated)) {
                continue;
            }
            add(item, 0.9, key, item);
        }
    }

    private boolean notATag(String item, Map<String, @Nullable String> stated) {
        String lower = item.toLowerCase(Locale.ROOT);
        boolean ratingWord = RatingVocabulary.get().levelOfName(item).isPresent()
                || (item.length() <= 6 && item.indexOf(' ') < 0 && RatingScale.map(item).isPresent());
        if (ratingWord || lexicon.ignored(lower) || Completeness.status(item) != null) {
            return true;
        }
        for (String other : OTHER_KEYS) {
            String v = stated.get(other);
            if (v != null && v.length() >= item.length()) {
                String head = v.length() > OTHER_VALUE_CHARS ? v.substring(0, OTHER_VALUE_CHARS) : v;
                if (head.toLowerCase(Locale.ROOT).contains(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean whole(String key, String item) {
        String tag = lexicon.canonical(item);
        if (tag != null) {
            add(tag, 0.9, key, item);
        }
        return tag != null;
    }

    /** "Humor/Friendship" as two genres, when the whole item is not a tag itself. */
    private boolean slashParts(String key, String item) {
        if (item.indexOf('/') < 0) {
            return false;
        }
        boolean any = false;
        for (String part : item.split("/")) {
            any |= !part.isBlank() && whole(key, part);
        }
        return any;
    }

    private void warningItem(WarningReader.StatedItem item) {
        int before = tags.size();
        if (whole(item.source(), item.text()) || scan(item.source(), item.text(), true)) {
            return;
        }
        timeline(item.source(), item.text());
        if (tags.size() > before) {
            return;
        }
        String text = item.text().strip();
        add(Character.toUpperCase(text.charAt(0)) + text.substring(1), 0.6, item.source(), text);
    }

    private void prose(String key, String value) {
        scan(key, value, key.equals("pov"));
        timeline(key, value);
        if (key.equals("pov") && tags.keySet().stream().noneMatch(t -> t.startsWith("POV "))) {
            statedPov(value);
        }
    }

    private void timeline(String key, String value) {
        boolean spoilers = key.startsWith("spoiler") || key.startsWith("warn");
        boolean setting = key.equals("setting") || key.equals("timeline")
                || value.strip().regionMatches(true, 0,
                        "set ", 0, 4);
        FreeformTimeline.read(value, spoilers, setting,
                (tag, confidence) -> add(canonical(tag), confidence, key,
                        value));
    }

    /** A POV line that is only a name ("POV: Giles"). */
    private void statedPov(String value) {
        String name = value.strip();
        List<String> words = CueLexicon.words(name);
        if (!words.isEmpty() && words.size() <= 3
                && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            add("POV " + String.join(" ", words), 0.7, "pov", value);
        }
    }

    private String canonical(String tag) {
        String known = lexicon.canonical(tag);
        return known != null ? known : tag;
    }

    /** Finds tag cues inside a text; returns whether any was found. */
    private boolean scan(String key, String text, boolean inList) {
        tokens.scan(text, lexicon.vocabulary());
        boolean any = false;
        int i = 0;
        while (i < tokens.size) {
            CueTrie<AdditionalTagLexicon.TagCue> node = tokens.ids[i] < 0
                    ? null
                    : lexicon.cues().longest(tokens.ids, i, tokens.size);
            if (node == null) {
                i++;
                continue;
            }
            AdditionalTagLexicon.TagCue cue = node.value();
            if ((inList || !cue.listOnly()) && (!cue.exactCase() || exactCase(text, i, cue.words()))) {
                add(cue.tag(), cue.confidence(), key, text);
                any = true;
            }
            i += node.depth();
        }
        return any;
    }

    private boolean exactCase(String text, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!text.regionMatches(tokens.starts[from + k], words.get(k), 0, words.get(k).length())) {
                return false;
            }
        }
        return true;
    }

    private void add(String tag, double confidence, String key, String text) {
        if (!tags.containsKey(tag)) {
            String shown = text.length() > EVIDENCE_CHARS ? text.substring(0, EVIDENCE_CHARS) + "..." : text;
            evidence.add(key + ": " + shown.strip() + " -> " + tag);
        }
        tags.merge(tag, confidence, Math::max);
    }

    private Result result() {
        if (tags.isEmpty()) {
            return new Result(List.of(), FieldInfo.byDefault("no tag cues in the header, summary or notes"));
        }
        double sum = 0;
        for (double confidence : tags.values()) {
            sum += confidence;
        }
        return new Result(List.copyOf(tags.keySet()), FieldInfo.stated(sum / tags.size(), evidence));
    }
}
