package org.ficshelf.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;
import org.ficshelf.export.Anchors;
import org.ficshelf.export.BodyHtml;
import org.jspecify.annotations.Nullable;

/** The work page: the metadata block, summary and notes, then one chapter or the entire work. */
final class WorkPage {
    /** Ids inside the story text start with this, apart from the page's own ids. */
    private static final String ID_PREFIX = "text-";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");
    private static final int MAX_ID_DIGITS = 18;

    private WorkPage() {
    }

    static void first(Site site, Context ctx) throws IOException {
        show(site, ctx, 1);
    }

    static void chapter(Site site, Context ctx) throws IOException {
        show(site, ctx, number(ctx.pathParam("n"), "chapter number"));
    }

    static void full(Site site, Context ctx) throws IOException {
        show(site, ctx, 0);
    }

    private static void show(Site site, Context ctx, int chapter) throws IOException {
        long id = id(ctx);
        Work work = site.archive().read(id).orElseThrow(() -> HttpProblem.notFound("there is no work " + id));
        int count = work.body().chapters().size();
        if (chapter > count && !(chapter == 1 && count == 0)) {
            throw HttpProblem
                    .notFound("work " + id + " has " + count + (count == 1 ? " chapter" : " chapters"));
        }
        if (AdultGate.stops(site, ctx, work.record(), id)) {
            return;
        }
        WorkView view = view(id, work, chapter);
        WebApp.html(ctx, site.templates().render("work.jte", Map.of("site", site, "view", view)));
    }

    static WorkView view(long id, Work work, int chapter) {
        int count = work.body().chapters().size();
        List<WorkView.ChapterLink> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String heading = BodyHtml.chapterHeading(work, i);
            links.add(new WorkView.ChapterLink(i + 1, heading == null ? "Chapter " + (i + 1) : heading,
                    Urls.chapter(id, i + 1)));
        }
        String body;
        int current = chapter;
        if (count <= 1 || chapter == 0) {
            body = count == 0 ? "" : BodyHtml.document(work, Anchors.onePage(ID_PREFIX));
            current = count <= 1 ? 1 : 0;
        } else {
            Anchors anchors = Anchors.split(ID_PREFIX, i -> Urls.chapter(id, i + 1), "");
            body = BodyHtml.chapter(work, chapter - 1, anchors) + BodyHtml.footnotes(work, anchors);
        }
        String prev = current > 1 ? Urls.chapter(id, current - 1) : null;
        String next = current >= 1 && current < count ? Urls.chapter(id, current + 1) : null;
        return new WorkView(id, work.record(), MetaRow.of(work.record()), links, current, body, prev, next,
                lang(work.record()));
    }

    private static @Nullable String lang(WorkRecord r) {
        String language = r.language();
        return language != null && LANGUAGE_TAG.matcher(language).matches() ? language : null;
    }

    /** The work id of the request's path; anything but a plain number is a bad request. */
    static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > MAX_ID_DIGITS
                || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProblem.badRequest("a work id is a number, not '" + clip(raw) + "'");
        }
        return Long.parseLong(raw);
    }

    private static int number(String raw, String what) {
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw HttpProblem.badRequest("a " + what + " is a number, not '" + clip(raw) + "'");
        }
        int n = Integer.parseInt(raw);
        if (n < 1) {
            throw HttpProblem.notFound("chapters are numbered from 1");
        }
        return n;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
    }
}
