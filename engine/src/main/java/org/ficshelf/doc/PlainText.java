package org.ficshelf.doc;

/** Renders a body document as clean plain text: chapter headings, paragraphs, scene breaks. */
public final class PlainText {
    private PlainText() {
    }

    public static String render(Document doc) {
        StringBuilder out = new StringBuilder();
        for (Chapter chapter : doc.chapters()) {
            if (chapter.title() != null) {
                separate(out);
                out.append(chapter.title()).append("\n\n");
            }
            for (Block block : chapter.blocks()) {
                separate(out);
                switch (block) {
                    case Paragraph p -> out.append(p.text()).append('\n');
                    case SceneBreak b -> out.append("* * *\n");
                }
            }
        }
        return out.toString();
    }

    private static void separate(StringBuilder out) {
        if (out.length() > 0 && !endsWithBlankLine(out)) {
            out.append('\n');
        }
    }

    private static boolean endsWithBlankLine(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }
}
