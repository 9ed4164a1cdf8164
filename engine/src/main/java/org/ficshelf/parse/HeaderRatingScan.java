package org.ficshelf.parse;

import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Looks past the front matter for a short line that states the rating ("WARNING! THIS STORY
 * IS NC-17 Rated!"), as reposted parts of a Usenet story repeat it; used only when the front
 * matter states none.
 */
final class HeaderRatingScan {
    private static final int MAX_WORDS = 12;
    /** Candidate lines tried at most, so a text made of rating-like lines stays cheap. */
    private static final int MAX_TRIES = 500;

    private HeaderRatingScan() {
    }

    static void fill(Map<String, @Nullable String> stated, Map<String, FieldInfo> fields,
            List<TextLine> lines) {
        if (stated.get("rating") != null) {
            return;
        }
        int tries = 0;
        for (TextLine line : lines) {
            String text = line.text();
            if (text.length() > 120 || !mentionsRating(text) || HeaderText.words(text) > MAX_WORDS) {
                continue;
            }
            if (++tries > MAX_TRIES) {
                return;
            }
            HeaderCues.Cue cue = HeaderCues.find(List.of(text), "rating");
            if (cue != null && !cue.whole()) {
                stated.put("rating", cue.value());
                fields.putIfAbsent("rating", FieldInfo.stated(0.8,
                        List.of("line " + line.number() + ": " + HeaderText.squash(text))));
                return;
            }
        }
    }

    private static boolean mentionsRating(String text) {
        for (int i = text.indexOf('t'); i >= 0; i = text.indexOf('t', i + 1)) {
            if (i >= 2 && text.regionMatches(true, i - 2, "rat", 0, 3)) {
                return true;
            }
        }
        for (int i = text.indexOf('T'); i >= 0; i = text.indexOf('T', i + 1)) {
            if (i >= 2 && text.regionMatches(true, i - 2, "rat", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
