package org.ficshelf.infer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text for how adult it is, for archive warnings and for additional tags. The body
 * is read once by a token automaton over the cue lexicon; warnings and tags come from the
 * author's statements first and from the text only with evidence.
 */
public final class ContentReader {
    private ContentReader() {
    }

    /**
     * Content tags for a parsed work; {@code language} is its ISO 639-1 code when known. The
     * content rating is null only when the body has no words to read.
     */
    public static ContentTags read(ParsedWork parsed, @Nullable String language) {
        return read(parsed, language, ContentScanner.scan(parsed.body(), CueLexicon.get()));
    }

    /** Content tags from the shared pass over the work's text. */
    static ContentTags read(ParsedWork parsed, @Nullable String language, TextPass.Shared text) {
        ContentScan scan = text.get().content();
        return read(parsed, language,
                scan == null ? ContentScanner.scan(parsed.body(), CueLexicon.get()) : scan);
    }

    private static ContentTags read(ParsedWork parsed, @Nullable String language, ContentScan scan) {
        ContentRater.Reading reading = ContentRater.rate(scan);
        if (language != null && !language.equals("en")) {
            // The cue lexicon is English: in another language the reading says little.
            reading = new ContentRater.Reading(reading.rating(), Math.min(reading.confidence(), 0.3),
                    reading.evidence());
        }
        WarningReader.Result warnings = new WarningReader(WarningVocabulary.get()).read(parsed, scan);
        AdditionalTagReader.Result tags = new AdditionalTagReader(AdditionalTagLexicon.get()).read(parsed,
                warnings.leftovers());
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        boolean unread = scan.words() == 0;
        fields.put("contentRating", unread ? FieldInfo.byDefault("no body text to read") : reading.field());
        fields.put("warnings", warnings.field());
        fields.put("tags", tags.field());
        return new ContentTags(unread ? null : reading.rating().label(), warnings.warnings(), tags.tags(),
                fields);
    }
}
