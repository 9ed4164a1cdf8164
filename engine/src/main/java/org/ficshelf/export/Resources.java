package org.ficshelf.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The export's bundled files, read once. */
final class Resources {
    private Resources() {
    }

    /** The style sheet of EPUBs and HTML downloads. */
    static String css() {
        return Css.TEXT;
    }

    /** Holder: loaded on first use, thread-safe by class initialisation. */
    private static final class Css {
        static final String TEXT = read("style.css");
    }

    private static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
