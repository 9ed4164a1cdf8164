package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.ChapterInfo;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;

/**
 * Counts words as AO3 does: a word is a run of letters, digits and marks; apostrophes and a
 * single hyphen join ("don't", "one-word" are one word), a double hyphen separates
 * ("now--then" is two); each Han, Hiragana, Katakana, Hangul or Thai character is a word of
 * its own; punctuation alone ("...", "--") is no word. The whole body is counted exactly, in
 * one pass over its chars: a table classes every BMP char as separator, letter, joiner or
 * special (hyphen, CJK, surrogate), so Latin text costs one lookup and no branch per char.
 */
public final class Words {
    /** Step results: bit 0 is "a word is open after this char", bit 1 "a word starts here". */
    private static final int OPEN = 1;
    private static final int STARTS = 2;
    /** Char classes of the table: bit 0 opens a word, bit 1 keeps the state; 3 is the slow path. */
    private static final byte SEPARATOR = 0;
    private static final byte LETTER = 1;
    private static final byte JOINER = 2;
    private static final byte SPECIAL = 3;

    private Words() {
    }

    /** A body's words: the total and, per chapter, its heading and words. */
    public record Counts(int total, List<ChapterInfo> chapters) {
        public Counts {
            chapters = List.copyOf(chapters);
        }
    }

    /** The words of each chapter of {@code body} (paragraphs only) and their total. */
    public static Counts of(Document body) {
        List<ChapterInfo> chapters = new ArrayList<>(body.chapters().size());
        char[] buffer = new char[256];
        int total = 0;
        for (Chapter chapter : body.chapters()) {
            int words = 0;
            for (Block block : chapter.blocks()) {
                if (block instanceof Paragraph p) {
                    String text = p.text();
                    if (text.length() > buffer.length) {
                        buffer = new char[Math.max(text.length(), buffer.length * 2)];
                    }
                    text.getChars(0, text.length(), buffer, 0);
                    words += count(buffer, text.length());
                }
            }
            chapters.add(new ChapterInfo(chapter.title(), words));
            total += words;
        }
        return new Counts(total, chapters);
    }

    /** The words of one text. */
    public static int count(CharSequence text) {
        String s = text.toString();
        return count(s.toCharArray(), s.length());
    }

    /** The words of {@code chars[0..n)}. */
    private static int count(char[] chars, int n) {
        byte[] classes = Classes.TABLE;
        int count = 0;
        int open = 0;
        for (int i = 0; i < n; i++) {
            int k = classes[chars[i]];
            if (k == SPECIAL) {
                if (chars[i] == '-') {
                    if (i + 1 < n && chars[i + 1] == '-') { // "--" stands for a dash: it separates
                        while (i + 1 < n && chars[i + 1] == '-') {
                            i++;
                        }
                        open = 0;
                    }
                    continue;
                }
                int cp = Character.codePointAt(chars, i, n);
                i += Character.charCount(cp) - 1;
                int step = step(cp, open);
                count += step >>> 1;
                open = step & OPEN;
                continue;
            }
            int letter = k & LETTER;
            count += letter & ~open; // a letter after no open word starts one
            open = letter | ((k >>> 1) & open); // a joiner keeps the state, a separator closes
        }
        return count;
    }

    /**
     * The step for code point {@code cp} (not a hyphen: those are the loop's) when a word is
     * {@code open} (0 or 1): the rule itself, from which the table is built.
     */
    static int step(int cp, int open) {
        if (cp == '\'' || cp == '\u2019' || cp == '\u2018') {
            return open; // an apostrophe joins
        }
        if (isCjk(cp)) {
            return STARTS; // a word by itself; the next letter starts another
        }
        if (isWordChar(cp)) {
            if (isMark(cp)) {
                return open; // a mark never starts a word: it joins a CJK or Thai letter
            }
            return open == 0 ? STARTS | OPEN : OPEN;
        }
        return 0;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '_';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x0300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** True for a character that AO3 counts as a word by itself. */
    static boolean isCjk(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        if (cp <= 0x0E7F) {
            return Character.isLetter(cp); // Thai letters; its vowel and tone marks join the letter
        }
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> Character.isLetter(cp) || Character.isIdeographic(cp)
                    || Character.getType(cp) == Character.MODIFIER_LETTER;
            default -> false;
        };
    }

    /** The class of every BMP char, read off {@link #step}, built once. */
    private static final class Classes {
        static final byte[] TABLE = build();

        private static byte[] build() {
            byte[] table = new byte[1 << 16];
            for (int c = 0; c <= 0xFFFF; c++) {
                table[c] = classOf(c);
            }
            return table;
        }

        private static byte classOf(int c) {
            if (c == '-' || Character.isSurrogate((char) c)) {
                return SPECIAL;
            }
            int closed = step(c, 0);
            int open = step(c, OPEN);
            if (closed == 0 && open == 0) {
                return SEPARATOR;
            }
            if (closed == (STARTS | OPEN) && open == OPEN) {
                return LETTER;
            }
            return closed == 0 && open == OPEN ? JOINER : SPECIAL;
        }
    }
}
