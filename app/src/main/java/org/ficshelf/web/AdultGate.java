package org.ficshelf.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * The adult-content interstitial, as AO3 has it: a Mature, Explicit or Not Rated work (or one
 * with no rating) opens on a warning page instead of its text until the reader proceeds. Proceeding
 * posts to {@code /adult-consent}, which sets the {@value #COOKIE} cookie and sends the reader back
 * to the page they asked for, a local path only. A request carrying {@code ?view_adult=true}
 * passes too (as on AO3), so that e-reader apps can fetch downloads without cookies.
 */
final class AdultGate {
    static final String COOKIE = "view_adult";
    /** How long the choice is remembered: 30 days. */
    static final int MAX_AGE_SECONDS = 30 * 24 * 3600;
    static final Set<String> ADULT = Set.of("Mature", "Explicit", "Not Rated");
    private static final int MAX_RETURN_LENGTH = 2000;

    private AdultGate() {
    }

    /** Whether {@code r} is rated so that readers must consent first. */
    static boolean adult(WorkRecord r) {
        return ADULT.contains(Blurb.rating(r));
    }

    static boolean consented(Context ctx) {
        return "true".equals(ctx.cookie(COOKIE)) || "true".equals(ctx.queryParam(COOKIE));
    }

    /**
     * Shows the interstitial instead of the page when {@code r} needs consent the request has not
     * given; answers whether it did (the caller then stops).
     */
    static boolean stops(Site site, Context ctx, WorkRecord r, long id) {
        if (!adult(r) || consented(ctx)) {
            return false;
        }
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.header("Cache-Control", "no-store");
        WebApp.html(ctx, site.templates().render("adult.jte",
                Map.of("site", site, "record", r, "id", id, "back", safeReturn(back, Urls.work(id)))));
        return true;
    }

    /** POST /adult-consent: remembers the choice and redirects to the validated local path. */
    static void consent(Site site, Context ctx) {
        String target = localPath(ctx.formParam("return"));
        if (target == null) {
            throw HttpProblem.badRequest("the page to return to must be a path on this site");
        }
        ctx.header("Set-Cookie",
                COOKIE + "=true; Path=/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Lax");
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    private static String safeReturn(String wanted, String fallback) {
        String ok = localPath(wanted);
        return ok == null ? fallback : ok;
    }

    /**
     * {@code target} when it is a path on this site ({@code /works/3?x=1}): it starts with one
     * slash, has no scheme, host, backslash, whitespace or control character; null otherwise, so
     * that the redirect can never leave the site.
     */
    static @Nullable String localPath(@Nullable String target) {
        if (target == null || target.isEmpty() || target.length() > MAX_RETURN_LENGTH
                || target.charAt(0) != '/' || target.startsWith("//")) {
            return null;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == '\\' || c == 0x7f || c > 0x7e) {
                return null;
            }
        }
        try {
            URI uri = new URI(target);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return target;
    }
}
