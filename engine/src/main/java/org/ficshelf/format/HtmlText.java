package org.ficshelf.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.ficshelf.doc.TextLine;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTML subtree into story lines: each block element starts a line, {@code <br>} splits
 * lines, paragraphs are separated by one blank line, {@code <hr>} becomes {@code ----}, and inline
 * {@code <i>/<em>}, {@code <b>/<strong>}, {@code <u>} become spans. The walk is jsoup's iterative
 * traversal, so nesting depth costs no stack.
 */
final class HtmlText {
    static final String RULE = "----";

    private static final Set<String> BLOCKS = Set.of("p", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody",
            "thead",
            "tfoot", "caption", "address", "section", "article", "header", "footer", "main", "aside",
            "figure",
            "figcaption", "body", "html", "dir", "menu");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "ul", "ol", "dl", "table", "address", "section", "article", "figure");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "object",
            "embed",
            "applet", "map", "select", "button", "input", "textarea", "head", "title", "meta", "link", "nav",
            "svg",
            "audio", "video", "canvas", "template", "form", "frameset", "noframes");

    /** {@link Character#isLetterOrDigit} of each ASCII character, looked up instead of computed. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** A converted line with the counts the chrome filter weighs. */
    record Line(TextLine line, int letters, int linkLetters, int links, int images) {
    }

    private HtmlText() {
    }

    /** Lines of {@code root}; with {@code dropChrome}, navigation and site furniture are left out. */
    static List<TextLine> lines(Element root, boolean dropChrome) {
        List<Line> raw = convert(root);
        return dropChrome ? Chrome.strip(raw) : Chrome.tidy(raw);
    }

    static List<Line> convert(Element root) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, root);
        walker.flush(false);
        return walker.out;
    }

    /** The plain text of a subtree, paragraphs joined by blank lines. */
    static String text(Element root) {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : lines(root, false)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(line.text());
        }
        return sb.toString().strip();
    }

    private record Open(Element element, SpanKind kind, int start) {
    }

    /** The traversal state: the line being built and the lines done. */
    private static final class Walker implements NodeFilter {
        final List<Line> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private boolean space;
        private boolean pendingBlank;
        private int lineNumber = 1;
        private int lastNumber = 1;
        private int letters;
        private int linkLetters;
        private int images;
        private int links;
        private int linkDepth;
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText(), sourceLine(node));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "img", "area" -> {
                    images++;
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "br" -> {
                    lastNumber = sourceLine(node);
                    flush(true);
                    return FilterResult.CONTINUE;
                }
                case "hr" -> {
                    flush(false);
                    rule(sourceLine(node));
                    return FilterResult.CONTINUE;
                }
                default -> {
                }
            }
            if (BLOCKS.contains(tag)) {
                flush(false);
                if (PARAGRAPHS.contains(tag)) {
                    pendingBlank = true;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
            if (tag.equals("a") && isLink(e)) {
                linkDepth++;
                links++;
            }
            SpanKind kind = spanKind(tag);
            if (kind != null) {
                settleSpace();
                open.push(new Open(e, kind, text.length()));
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (spanKind(tag) != null) {
                close(e);
            }
            if (tag.equals("a") && isLink(e)) {
                linkDepth = Math.max(0, linkDepth - 1);
            }
            if (BLOCKS.contains(tag)) {
                flush(false);
                if (PARAGRAPHS.contains(tag)) {
                    pendingBlank = true;
                }
                if (tag.equals("pre")) {
                    preDepth = Math.max(0, preDepth - 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isLink(Element a) {
            String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
            return !href.isEmpty() && !href.startsWith("mailto:");
        }

        private static @Nullable SpanKind spanKind(String tag) {
            return switch (tag) {
                case "i", "em", "cite", "dfn", "var" -> SpanKind.EMPHASIS;
                case "b", "strong" -> SpanKind.STRONG;
                case "u", "ins" -> SpanKind.UNDERLINE;
                default -> null;
            };
        }

        private static int sourceLine(Node node) {
            int line = node.sourceRange().start().lineNumber();
            return Math.max(1, line);
        }

        private void appendText(String s, int number) {
            int from = 0;
            if (preDepth > 0) {
                int nl = s.indexOf('\n');
                while (nl >= 0) {
                    appendRun(s, from, nl, number);
                    flush(true);
                    number++;
                    from = nl + 1;
                    nl = s.indexOf('\n', from);
                }
            }
            appendRun(s, from, s.length(), number);
        }

        /** Appends the run with whitespace collapsed, copying each word in one append. */
        private void appendRun(String s, int from, int to, int number) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    space = true;
                    i++;
                    continue;
                }
                if (text.isEmpty()) {
                    lineNumber = number;
                } else if (space) {
                    text.append(' ');
                }
                space = false;
                int word = i;
                int found = 0;
                while (i < to && !isSpace(c = s.charAt(i))) {
                    if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
                        found++;
                    }
                    i++;
                }
                text.append(s, word, i);
                letters += found;
                if (linkDepth > 0) {
                    linkLetters += found;
                }
            }
            lastNumber = number;
        }

        private static boolean isSpace(char c) {
            if (c > ' ' && c < 128) {
                return false;
            }
            return c == ' ' || Character.isWhitespace(c) || c == '\u00A0';
        }

        private void settleSpace() {
            if (space && !text.isEmpty()) {
                text.append(' ');
            }
            space = false;
        }

        private void close(Element e) {
            for (Open o : open) {
                if (o.element() == e) {
                    open.remove(o);
                    if (text.length() > o.start()) {
                        spans.add(Span.of(o.start(), text.length(), o.kind()));
                    }
                    return;
                }
            }
        }

        private void rule(int number) {
            emit(new Line(new TextLine(number, RULE, List.of()), 0, 0, 0, 0));
            pendingBlank = true;
        }

        /** Ends the current line; an empty line is kept only when a {@code <br>} asked for it. */
        void flush(boolean explicit) {
            if (text.isEmpty()) {
                space = false;
                if (explicit && images == 0 && !out.isEmpty() && !out.get(out.size() - 1).line().isBlank()) {
                    out.add(new Line(TextLine.plain(lastNumber, ""), 0, 0, 0, 0));
                    pendingBlank = false;
                }
                images = 0;
                links = 0;
                return;
            }
            List<Open> reopened = new ArrayList<>();
            for (Open o : open) {
                if (text.length() > o.start()) {
                    spans.add(Span.of(o.start(), text.length(), o.kind()));
                }
                reopened.add(new Open(o.element(), o.kind(), 0));
            }
            open.clear();
            reopened.forEach(open::addLast);
            spans.sort((a, b) -> a.start() != b.start()
                    ? Integer.compare(a.start(), b.start())
                    : Integer.compare(b.end(), a.end()));
            emit(new Line(new TextLine(lineNumber, text.toString(), spans), letters, linkLetters, links,
                    images));
            text.setLength(0);
            spans.clear();
            space = false;
            letters = 0;
            linkLetters = 0;
            links = 0;
            images = 0;
        }

        private void emit(Line line) {
            if (pendingBlank && !out.isEmpty() && !out.get(out.size() - 1).line().isBlank()) {
                out.add(new Line(TextLine.plain(line.line().number(), ""), 0, 0, 0, 0));
            }
            pendingBlank = false;
            out.add(line);
        }
    }
}
