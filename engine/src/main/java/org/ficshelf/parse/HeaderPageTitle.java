package org.ficshelf.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a page title such as "Site :: Fic :: Dead Languages by Ashgrove": weak evidence only. */
final class HeaderPageTitle {
    private static final Pattern SEGMENTS = Pattern.compile("\\s+(?:::|\\||»|>|-|–|—)\\s+");
    private static final Pattern BY = Pattern.compile("^(.{1,150}?)\\s+by\\s+(.{1,80})$");

    private HeaderPageTitle() {
    }

    /** The work's title: the last segment of the page title, without "by Name". */
    static @Nullable String title(String pageTitle) {
        String seg = lastSegment(pageTitle);
        Matcher m = BY.matcher(seg);
        String t = Title.clean(m.matches() ? m.group(1) : seg);
        return t.isEmpty() ? null : t;
    }

    /** The author named by "by Name" in the last segment, or null. */
    static @Nullable String author(String pageTitle) {
        Matcher m = BY.matcher(lastSegment(pageTitle));
        return m.matches() ? m.group(2).strip() : null;
    }

    private static String lastSegment(String pageTitle) {
        String[] parts = SEGMENTS.split(HeaderText.squash(pageTitle));
        return parts.length == 0 ? "" : parts[parts.length - 1].strip();
    }
}
