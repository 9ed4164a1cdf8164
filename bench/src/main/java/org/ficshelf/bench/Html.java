package org.ficshelf.bench;

/** Renders generated text as a legacy archive page: chrome around a header and story paragraphs. */
final class Html {
    private Html() {
    }

    static String page(String title, String author, String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 5 + 600);
        out.append(
                "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<HTML><HEAD><TITLE>The Archive :: ")
                .append(escape(title)).append(" by ").append(escape(author)).append("</TITLE></HEAD>\n")
                .append("<BODY BGCOLOR=\"#000000\">\n<CENTER><A HREF=\"../index.html\">Home</A> | ")
                .append("<A HREF=\"index.html\">Fic</A> | <A HREF=\"../links.html\">Links</A></CENTER><HR>\n");
        for (String para : text.split("\n\n")) {
            if (!para.isBlank()) {
                out.append("<P>").append(escape(para).replace("\n", "<BR>\n")).append("</P>\n");
            }
        }
        out.append(
                "<HR><CENTER><A HREF=\"index.html\">Back to archive</A> | You are visitor number 4711</CENTER>")
                .append("\n</BODY></HTML>\n");
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
