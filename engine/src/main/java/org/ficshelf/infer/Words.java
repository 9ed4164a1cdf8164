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
 * its own; punctuation alone ("...", "--") is no word. One pass over the characters.
 */
public final class Words {
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
        int total = 0;
        for (Chapter chapter : body.chapters()) {
            int words = 0;
            for (Block block : chapter.blocks()) {
                if (block instanceof Paragraph p) {
                    words += count(p.text());
                }
            }
            chapters.add(new ChapterInfo(chapter.title(), words));
            total += words;
        }
        return new Counts(total, chapters);
    }

    /** The words of one text. */
    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-') {
                int end = i + 1;
                while (end < n && text.charAt(end) == '-') {
                    end++;
                }
                if (end - i > 1) {
                    inWord = false; // "--" stands for a dash: it separates
                }
                i = end;
                continue;
            }
            if (isApostrophe(c)) {
                i++;
                continue;
            }
            if (c < 0x80) { // the common case: no mark, no CJK, no surrogate
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                    count += inWord ? 0 : 1;
                    inWord = true;
                } else {
                    inWord = false;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (isCjk(cp)) {
                count++;
                inWord = false;
            } else if (isWordChar(cp)) {
                if (!inWord && !isMark(cp)) { // a mark never starts a word: it joins a CJK or Thai letter
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
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
}
