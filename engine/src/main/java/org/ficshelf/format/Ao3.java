package org.ficshelf.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.doc.TextLine;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Archive of Our Own download (HTML, or an EPUB's preface and chapter pages): the
 * preface's {@code dl.tags} block, title, byline, summary and notes become metadata; chapter
 * headings and chapter text become lines; chapter and end notes go to the metadata notes.
 */
final class Ao3 {
    private static final Pattern WORDS = Pattern.compile("(?i)\\bWords:\\s*([\\d,. ]*\\d)");
    private static final Pattern CHAPTERS = Pattern
            .compile("(?i)\\bChapters:\\s*(\\d+\\s*/\\s*(?:\\d+|\\?))");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)\\bPublished:\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern UPDATED = Pattern
            .compile("(?i)\\b(?:Updated|Completed):\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CHAPTER_WORD = Pattern.compile("(?i)^(chapter|part)\\b.*");

    /** Parsed once, as every HTML page is tested with it. */
    private static final Evaluator TAG_BLOCK = QueryParser.parse("dl.tags");
    private static final Evaluator ARCHIVE_LINK = QueryParser.parse("a[href*=archiveofourown.org]");

    private Ao3() {
    }

    /**
     * True for a page carrying AO3's tag block together with AO3's preface: its {@code #preface}
     * element, the "Archive of Our Own" credit, or links into the archive (an EPUB's title page
     * has only the byline's link).
     */
    static boolean isAo3(Document doc) {
        if (doc.selectFirst(TAG_BLOCK) == null) {
            return false;
        }
        return doc.getElementById("preface") != null || doc.selectFirst(ARCHIVE_LINK) != null
                || doc.text().contains("Archive of Our Own");
    }

    /** Reads the whole download: preface into metadata, chapters into lines. */
    static List<TextLine> read(Document doc, Map<String, String> metadata, List<String> notes) {
        preface(doc, metadata, notes);
        return chapters(doc, notes);
    }

    /** The preface: tags, title, byline, summary and work notes. */
    static void preface(Element root, Map<String, String> metadata, List<String> notes) {
        Element tags = root.selectFirst("dl.tags");
        if (tags != null) {
            tags(tags, metadata);
        }
        Element h1 = root.selectFirst("h1");
        if (h1 != null) {
            HtmlReader.putIfPresent(metadata, "title", h1.text());
        }
        Element byline = root.selectFirst(".byline");
        if (byline != null) {
            List<String> authors = byline.select("a[rel=author]").eachText();
            String author = authors.isEmpty()
                    ? byline.text().replaceFirst("(?i)^by\\s+", "")
                    : String.join(", ", authors);
            HtmlReader.putIfPresent(metadata, "author", author);
        }
        Element preface = root.getElementById("preface");
        for (Element quote : (preface == null ? root : preface).select("blockquote.userstuff")) {
            String label = label(quote);
            String text = HtmlText.text(quote);
            if (label.equals("summary")) {
                metadata.putIfAbsent("summary", text);
            } else if (!text.isEmpty()) {
                notes.add(text);
            }
        }
    }

    private static void tags(Element dl, Map<String, String> metadata) {
        for (Element dt : dl.select("dt")) {
            Element dd = dt.nextElementSibling();
            if (dd == null || !dd.normalName().equals("dd")) {
                continue;
            }
            String label = dt.text().replace(":", "").strip().toLowerCase(Locale.ROOT);
            List<String> links = dd.select("a").eachText();
            String value = links.isEmpty() || label.equals("series") ? dd.text() : String.join(", ", links);
            if (label.equals("stats")) {
                stats(value, metadata);
            } else {
                String key = key(label);
                if (key != null) {
                    HtmlReader.putIfPresent(metadata, key, value);
                }
            }
        }
    }

    /** The work record's key for an AO3 tag label, or null when it has none. */
    static @Nullable String key(String label) {
        return switch (label) {
            case "rating", "ratings" -> "rating";
            case "archive warning", "archive warnings", "warning", "warnings" -> "warnings";
            case "category", "categories" -> "category";
            case "fandom", "fandoms" -> "fandom";
            case "relationship", "relationships" -> "pairings";
            case "character", "characters" -> "characters";
            case "additional tags", "freeform", "freeforms" -> "tags";
            case "language" -> "language";
            case "series" -> "series";
            case "collections", "collection" -> "collections";
            default -> null;
        };
    }

    private static void stats(String stats, Map<String, String> metadata) {
        Matcher m = WORDS.matcher(stats);
        if (m.find()) {
            metadata.put("words", m.group(1).replaceAll("[^0-9]", ""));
        }
        m = CHAPTERS.matcher(stats);
        if (m.find()) {
            String chapters = m.group(1).replace(" ", "");
            metadata.put("chapters", chapters);
            String[] parts = chapters.split("/");
            metadata.put("status", parts[0].equals(parts[1]) ? "Completed" : "In-Progress");
        }
        m = PUBLISHED.matcher(stats);
        if (m.find()) {
            metadata.put("date", m.group(1));
        }
        m = UPDATED.matcher(stats);
        if (m.find()) {
            metadata.put("updated", m.group(1));
        }
    }

    /** The lower-cased label paragraph before a notes blockquote ("summary", "chapter notes"...). */
    private static String label(Element quote) {
        Element prev = quote.previousElementSibling();
        return prev == null ? "" : prev.text().replace(":", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Chapter headings and texts in order, outside the preface and afterword. */
    static List<TextLine> chapters(Element root, List<String> notes) {
        List<TextLine> out = new ArrayList<>();
        int chapter = 0;
        for (Element e : root.select("h2.heading, h2.toc-heading, div.userstuff, blockquote.userstuff")) {
            if (inFrontOrBack(e) || nestedUserstuff(e)) {
                continue;
            }
            if (e.normalName().equals("h2")) {
                chapter++;
                separate(out);
                out.add(TextLine.plain(line(e), heading(e.text(), chapter)));
                out.add(TextLine.plain(line(e), ""));
            } else if (e.normalName().equals("blockquote")) {
                String text = HtmlText.text(e);
                if (!text.isEmpty()) {
                    notes.add(text);
                }
            } else if (!hasNestedUserstuff(e)) {
                separate(out);
                out.addAll(HtmlText.lines(e, false));
            }
        }
        for (Element quote : root.select("#afterword blockquote.userstuff")) {
            String text = HtmlText.text(quote);
            if (!text.isEmpty()) {
                notes.add(text);
            }
        }
        return Chrome.trimEdges(out);
    }

    private static String heading(String text, int chapter) {
        String t = text.strip();
        return CHAPTER_WORD.matcher(t).matches() ? t : "Chapter " + chapter + ": " + t;
    }

    private static void separate(List<TextLine> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add(TextLine.plain(out.get(out.size() - 1).number(), ""));
        }
    }

    private static int line(Element e) {
        return Math.max(1, e.sourceRange().start().lineNumber());
    }

    private static boolean inFrontOrBack(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String id = p.id();
            if (id.equals("preface") || id.equals("afterword")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNestedUserstuff(Element e) {
        for (Element d : e.select("div.userstuff")) {
            if (d != e) {
                return true;
            }
        }
        return false;
    }

    /** A text block inside a notes blockquote is part of that note, not a chapter. */
    private static boolean nestedUserstuff(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("blockquote") && p.hasClass("userstuff")) {
                return true;
            }
        }
        return false;
    }
}
