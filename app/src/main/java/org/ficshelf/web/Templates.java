package org.ficshelf.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The page templates (app/src/main/jte), compiled to Java at build time; jte escapes every
 * value for its HTML context unless a template says {@code $unsafe}, which only pre-escaped
 * engine output (story HTML built by the exporter) may use.
 */
public final class Templates {
    /** The package the jte-maven-plugin compiles the templates into. */
    static final String PACKAGE = "org.ficshelf.web.templates";

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the app. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html,
                Templates.class.getClassLoader(), PACKAGE));
    }

    /** Renders template {@code name} (a path under the template root, as {@code "home.jte"}). */
    public String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        try {
            engine.render(name, params, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
