package org.ficshelf.infer;

import java.util.Arrays;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.WordSplit;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/**
 * The one pass over a work's story text that the canon and content readers share: each
 * paragraph is split into words once, each word case-folded and looked up once in the
 * {@link ReadingVocabulary}, and the answers feed the name automaton (character, fandom and
 * relationship evidence), the romance-cue flag of the paragraph and the content-cue scanner.
 * Allocates per paragraph only the passage it keeps; not thread-safe, one per work.
 */
final class TextPass {
    /** What the pass read: the names of each passage and, when asked for, the content scan. */
    record Result(CharacterMentions mentions, @Nullable ContentScan content) {
    }

    /** The pass over one work against the bundled canon, run on first use and then shared. */
    static final class Shared {
        private final ParsedWork parsed;
        private @Nullable Result result;

        Shared(ParsedWork parsed) {
            this.parsed = parsed;
        }

        /** The result, reading the text on the first call (a failure is thrown to each caller). */
        Result get() {
            if (result == null) {
                result = run(Canon.bundled(), parsed, true);
            }
            return result;
        }
    }

    private final ReadingVocabulary vocabulary;
    private final WordSplit split = new WordSplit();
    private final CueTokens cues = new CueTokens();
    private int[] nameIds = new int[64];
    private int firstCue;

    private TextPass(Canon canon) {
        vocabulary = ReadingVocabulary.of(canon);
    }

    /**
     * Reads the title, summary and body paragraphs for names (disclaimers and spoiler warnings
     * excepted) and, when {@code content} is set, every body paragraph for content cues.
     */
    static Result run(Canon canon, ParsedWork parsed, boolean content) {
        TextPass pass = new TextPass(canon);
        CharacterMentions mentions = CharacterMentions.empty(canon);
        ContentScanner scanner = content ? new ContentScanner(CueLexicon.get()) : null;
        pass.names(mentions, 0, parsed.title());
        pass.names(mentions, 0, parsed.summary());
        for (Chapter chapter : parsed.body().chapters()) {
            if (scanner != null) {
                scanner.resetWindow();
            }
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Paragraph p -> pass.paragraph(mentions, scanner, p);
                    case SceneBreak b -> {
                        if (scanner != null) {
                            scanner.resetWindow();
                        }
                    }
                }
            }
        }
        return new Result(mentions, scanner == null ? null : scanner.result());
    }

    private void names(CharacterMentions mentions, int line, @Nullable String text) {
        if (CharacterMentions.scanned(text, false)) {
            read(text, false);
            mentions.add(line, text, split, nameIds, firstCue, null);
        }
    }

    private void paragraph(CharacterMentions mentions, @Nullable ContentScanner scanner, Paragraph p) {
        String text = p.text();
        boolean named = CharacterMentions.scanned(text, true);
        if (!named && scanner == null) {
            return;
        }
        read(text, scanner != null);
        if (scanner != null) {
            scanner.paragraph(cues, p.line());
        }
        if (named) {
            mentions.add(p.line(), text, split, nameIds, firstCue,
                    scanner == null ? null : scanner.lastParagraphSex());
        }
    }

    /** Splits {@code text} and looks each word up once, filling the name ids and the cue tokens. */
    private void read(String text, boolean content) {
        split.split(text);
        int n = split.count();
        if (nameIds.length < n) {
            nameIds = Arrays.copyOf(nameIds, Math.max(n, 2 * nameIds.length));
        }
        cues.clear();
        firstCue = -1;
        for (int i = 0; i < n; i++) {
            int start = split.start(i);
            int end = split.end(i);
            boolean plain = split.plain(i);
            int entry = vocabulary.find(text, start, end, split.hash(i));
            boolean possessive = possessive(text, start, end);
            int stem = possessive ? vocabulary.find(text, start, end - 2) : -1;
            int id = vocabulary.nameId(entry);
            nameIds[i] = id < 0 && possessive ? vocabulary.nameId(stem) : id;
            if (content) {
                cueTokens(text, i, start, possessive && !split.hyphened(i) ? end - 2 : end,
                        possessive ? stem : entry);
            }
            if (firstCue < 0 && (plain
                    ? vocabulary.has(entry, ReadingVocabulary.ROMANCE)
                    : RelationshipInference.mayHaveCue(text, start, end))) {
                firstCue = start;
            }
        }
    }

    /**
     * The content-cue tokens of word {@code i}: one, {@code [start, end)} with a possessive ending
     * already dropped and {@code entry} its vocabulary entry, or one per part of a hyphenated word.
     */
    private void cueTokens(String text, int i, int start, int end, int entry) {
        if (split.boundaryBefore(i)) {
            cues.boundary(start - 1);
        }
        if (!split.hyphened(i)) {
            cues.word(vocabulary.cueId(entry), start, end);
            return;
        }
        int from = start;
        for (int j = start; j <= end; j++) {
            if (j == end || text.charAt(j) == '-') {
                int to = possessive(text, from, j) ? j - 2 : j;
                cues.word(vocabulary.cueId(vocabulary.find(text, from, to)), from, to);
                from = j + 1;
            }
        }
    }

    /** A word ending in {@code 's} (or {@code ’s}) longer than that ending. */
    private static boolean possessive(String text, int start, int end) {
        if (end - start <= 2) {
            return false;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019');
    }
}
