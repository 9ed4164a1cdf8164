package org.ficshelf.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.ficshelf.WorkJson;
import org.ficshelf.search.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app: pages, the JSON API under {@code /api} and the OPDS feed under {@code /opds}, over
 * one {@link Site}. Every response carries a strict Content-Security-Policy; every refusal is a
 * 4xx with a message (an HTML page, or for the API an RFC 9457 problem document), and an
 * unexpected failure a 500 that shows no stack trace.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    /** Scripts and styles only from this site; no plugins, frames, inline script or foreign forms. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    /** Largest request body accepted (the app takes no uploads). */
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** The media type of RFC 9457 problem documents. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** A request attribute: a refusal has been written, so the status's error handler keeps it. */
    private static final String ANSWERED = "ficshelf.problem";

    private WebApp() {
    }

    /** The app over {@code site}, not yet started. */
    public static Javalin create(Site site) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "text/plain; charset=utf-8";
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/ficshelf/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(WebApp::securityHeaders);
            Pages.register(config.routes, site);
            ApiRoutes.register(config.routes, site);
            OpdsRoutes.register(config.routes, site);
            config.routes.exception(HttpProblem.class,
                    (e, ctx) -> problem(site, ctx, e.status(), e.title(), e.detail()));
            config.routes.exception(SearchException.class, (e, ctx) -> {
                if (e.isCallerError()) {
                    problem(site, ctx, 400, "Bad search", e.getMessage());
                } else {
                    LOG.error("search failed on {}", ctx.path(), e);
                    problem(site, ctx, 503, "Search unavailable",
                            "the search index could not answer; try again");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                problem(site, ctx, 500, "Server error",
                        "something went wrong on our side; it has been logged");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    problem(site, ctx, 404, "Not found", "there is no page at " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> problem(site, ctx, 405, "Method not allowed",
                    ctx.method() + " is not supported on " + ctx.path()));
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    /**
     * Answers with a refusal: a problem document under {@code /api}, an error page elsewhere.
     * The detail is the app's own message, never an exception's stack.
     */
    public static void problem(Site site, Context ctx, int status, String title, String detail) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ObjectNode doc = WorkJson.mapper().createObjectNode();
            doc.put("type", "about:blank");
            doc.put("title", title);
            doc.put("status", status);
            doc.put("detail", detail);
            doc.put("instance", ctx.path());
            ctx.contentType(PROBLEM_JSON);
            ctx.result(doc.toString());
        } else {
            html(ctx, site.templates().render("error.jte",
                    Map.of("site", site, "status", status, "title", title, "detail", detail)));
        }
    }

    /** Answers with an HTML page, declared UTF-8. */
    public static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}
