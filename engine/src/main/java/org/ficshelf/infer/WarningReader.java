package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/**
 * Archive warnings: the author's warnings mapped to AO3's six, else warnings the text proves
 * (a death scene, graphic gore, assault, a minor in an explicit passage), else "Creator Chose
 * Not To Use Archive Warnings" by default, as Open Doors does for imports. Warnings that are
 * not archive warnings ("angst", "language") are handed on as additional-tag items.
 */
final class WarningReader {
    private static final double INFERRED_DEATH = 4.5;
    private static final double INFERRED_NON_CON = 4.0;
    private static final double INFERRED_GORE_PASSAGE = 3.0;
    private static final double INFERRED_GORE_TOTAL = 4.0;

    private final WarningVocabulary vocabulary;
    private final CueTokens tokens = new CueTokens();

    WarningReader(WarningVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The warnings, their provenance, and the stated items left over as tag candidates. */
    record Result(List<String> warnings, FieldInfo field, List<StatedItem> leftovers) {
    }

    /** An item of a stated list with where it was stated ("warnings", "notes"...). */
    record StatedItem(String source, String text) {
    }

    Result read(ParsedWork parsed, ContentScan scan) {
        List<StatedItem> statements = statements(parsed);
        Set<String> keys = new LinkedHashSet<>();
        List<StatedItem> leftovers = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (StatedItem statement : statements) {
            evidence.add(statement.source() + ": " + statement.text());
            for (String item : ContentItems.split(statement.text())) {
                classify(item, statement.source(), keys, leftovers);
            }
        }
        if (!statements.isEmpty()) {
            return stated(keys, evidence, leftovers, scan);
        }
        return fromText(scan, leftovers);
    }

    private Result stated(Set<String> keys, List<String> evidence, List<StatedItem> leftovers,
            ContentScan scan) {
        if (keys.size() > 1) {
            keys.remove(WarningVocabulary.NONE);
        }
        if (!keys.isEmpty()) {
            return new Result(names(keys), FieldInfo.stated(1.0, evidence), leftovers);
        }
        Result inferred = fromText(scan, leftovers);
        if (inferred.field().from() == Provenance.INFERRED) {
            return inferred;
        }
        // The author used the warnings line and named no archive warning: none apply.
        return new Result(List.of(vocabulary.name(WarningVocabulary.NONE)), FieldInfo.stated(0.6, evidence),
                leftovers);
    }

    private Result fromText(ContentScan scan, List<StatedItem> leftovers) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        infer(scan.total(CueCategory.DEATH) >= INFERRED_DEATH, WarningVocabulary.DEATH,
                scan.evidence(CueCategory.DEATH),
                keys, evidence);
        infer(scan.gorePassage() >= INFERRED_GORE_PASSAGE
                && scan.total(CueCategory.GORE) >= INFERRED_GORE_TOTAL,
                WarningVocabulary.VIOLENCE, scan.evidence(CueCategory.GORE), keys, evidence);
        infer(scan.total(CueCategory.NON_CON) >= INFERRED_NON_CON, WarningVocabulary.NON_CON,
                scan.evidence(CueCategory.NON_CON), keys, evidence);
        infer(scan.underagePassage() > 0, WarningVocabulary.UNDERAGE,
                List.of("line " + scan.underagePassage() + ": an age under 18 beside explicit content"), keys,
                evidence);
        if (keys.isEmpty()) {
            return new Result(List.of(vocabulary.name(WarningVocabulary.CHOSE_NOT)),
                    FieldInfo.byDefault("no stated warnings; the text does not settle any"), leftovers);
        }
        return new Result(names(keys), FieldInfo.inferred(0.55, evidence), leftovers);
    }

    private static void infer(boolean proven, String key, List<String> cues, Set<String> keys,
            List<String> evidence) {
        if (proven) {
            keys.add(key);
            evidence.addAll(cues);
        }
    }

    private void classify(String item, String source, Set<String> keys, List<StatedItem> leftovers) {
        String whole = vocabulary.whole(item);
        if (whole != null) {
            apply(whole, item, source, keys, leftovers);
            return;
        }
        boolean archive = false;
        for (String target : phrases(item)) {
            if (!target.startsWith(WarningVocabulary.TAG_PREFIX)) {
                keys.add(target);
                archive = true;
            }
        }
        if (!archive) {
            leftovers.add(new StatedItem(source, item));
        }
    }

    private void apply(String target, String item, String source, Set<String> keys,
            List<StatedItem> leftovers) {
        if (target.startsWith(WarningVocabulary.TAG_PREFIX)) {
            leftovers.add(new StatedItem(source, target.substring(WarningVocabulary.TAG_PREFIX.length())));
        } else if (!target.equals(WarningVocabulary.SKIP)) {
            keys.add(target);
        }
    }

    /** The synonym phrases inside a longer item, longest first at each word. */
    private List<String> phrases(String item) {
        List<String> found = new ArrayList<>();
        tokens.scan(item, vocabulary.vocabulary());
        int i = 0;
        while (i < tokens.size) {
            CueTrie<String> node = tokens.ids[i] < 0
                    ? null
                    : vocabulary.phrases().longest(tokens.ids, i, tokens.size);
            if (node == null) {
                i++;
            } else {
                if (!node.value().equals(WarningVocabulary.SKIP)) {
                    found.add(node.value());
                }
                i += node.depth();
            }
        }
        return found;
    }

    private List<String> names(Set<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            names.add(vocabulary.name(key));
        }
        return names;
    }

    /** Stated warnings: keys named warning(s), and "Warning(s):" phrases in the notes and summary. */
    private static List<StatedItem> statements(ParsedWork parsed) {
        List<StatedItem> statements = new ArrayList<>();
        for (Map.Entry<String, @Nullable String> entry : parsed.stated().entrySet()) {
            String value = entry.getValue();
            if (value != null && !value.isBlank()
                    && entry.getKey().toLowerCase(Locale.ROOT).startsWith("warn")) {
                statements.add(new StatedItem(entry.getKey(), value.strip()));
            }
        }
        if (statements.isEmpty()) {
            for (String note : parsed.notes()) {
                addWarningPhrase("notes", note, statements);
            }
            if (parsed.summary() != null) {
                addWarningPhrase("summary", parsed.summary(), statements);
            }
        }
        return statements;
    }

    private static void addWarningPhrase(String source, String text, List<StatedItem> statements) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("warning");
        if (at < 0) {
            return;
        }
        int colon = lower.indexOf(':', at);
        if (colon < 0 || colon > at + 10) {
            return;
        }
        int end = colon + 1;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '.') {
            end++;
        }
        String value = text.substring(colon + 1, end).strip();
        if (!value.isEmpty()) {
            statements.add(new StatedItem(source, value));
        }
    }
}
