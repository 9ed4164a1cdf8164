package org.ficshelf.export;

import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The id and link scheme of rendered body HTML: the ids given to chapter headings, footnote
 * references and footnotes, and the hrefs that join them, whether the whole work is one page
 * ({@link #onePage}) or each chapter and the footnotes live in documents of their own ({@link
 * #split}, as in an EPUB or a chapter-per-page web reader). Footnotes are numbered 1..n in the
 * order of the record's legend; chapters are indexed from 0.
 */
public final class Anchors {
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|");

    private final String prefix;
    private final IntFunction<String> chapterDocument;
    private final String notesDocument;

    private Anchors(String prefix, IntFunction<String> chapterDocument, String notesDocument) {
        if (!ID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "an id prefix is a letter then letters, digits, - or _: " + prefix);
        }
        this.prefix = prefix;
        this.chapterDocument = Objects.requireNonNull(chapterDocument, "chapterDocument");
        this.notesDocument = Objects.requireNonNull(notesDocument, "notesDocument");
    }

    /** Everything in one page: links are bare fragments ({@code #fn-3}); ids start with {@code prefix}. */
    public static Anchors onePage(String prefix) {
        return new Anchors(prefix, i -> "", "");
    }

    /**
     * Chapters and footnotes in separate documents: {@code chapterDocument} gives the document
     * (relative URL, e.g. {@code chapter-002.xhtml}) holding chapter {@code i}, {@code notesDocument}
     * the one holding the footnotes; an empty string means "this page".
     */
    public static Anchors split(String prefix, IntFunction<String> chapterDocument, String notesDocument) {
        return new Anchors(prefix, chapterDocument, notesDocument);
    }

    /** The id of chapter {@code index}'s section. */
    public String chapterId(int index) {
        return prefix + "chapter-" + (index + 1);
    }

    /** The id of footnote {@code n} in the footnote list. */
    public String noteId(int n) {
        return prefix + "fn-" + n;
    }

    /** The id of the footnote list's section. */
    public String notesId() {
        return prefix + "footnotes";
    }

    /** The id of the first reference to footnote {@code n} in the body. */
    public String refId(int n) {
        return prefix + "fnref-" + n;
    }

    /** The href from a reference to footnote {@code n}. */
    public String noteHref(int n) {
        return notesDocument + "#" + noteId(n);
    }

    /** The href from footnote {@code n} back to its first reference, in chapter {@code chapter}. */
    public String refHref(int n, int chapter) {
        return chapterDocument.apply(chapter) + "#" + refId(n);
    }

    /** The href to chapter {@code index}'s section. */
    public String chapterHref(int index) {
        return chapterDocument.apply(index) + "#" + chapterId(index);
    }
}
