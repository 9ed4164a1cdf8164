package org.ficshelf.web;

import java.util.Objects;
import org.ficshelf.Archive;

/**
 * What every route needs: the archive it serves, the page templates and the site's name.
 *
 * @param name the site's name, shown in page titles and feeds
 */
public record Site(Archive archive, Templates templates, String name) {
    public Site {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(name, "name");
    }

    /** A site named Ficshelf over {@code archive} with the compiled-in templates. */
    public static Site of(Archive archive) {
        return new Site(archive, Templates.precompiled(), "Ficshelf");
    }
}
