package org.ficshelf.infer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.ProblemList;
import org.ficshelf.SourceInfo;
import org.ficshelf.WorkRecord;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.parse.ParsedWork;

/**
 * Infer: completes a parsed work into the work record — words, language, POV, rating,
 * completeness, the canon and content tags — each value with its provenance. Never throws.
 */
public final class Inference {
    private Inference() {
    }

    public static WorkRecord infer(ParsedWork parsed, SourceDocument source, SourceInfo info) {
        ProblemList problems = ProblemList.tracking();
        problems.addAll(source.problems());
        problems.addAll(parsed.problems());
        Map<String, String> stated = RecordAssembly.stated(parsed, source);
        Map<String, FieldInfo> fields = new LinkedHashMap<>(parsed.fields());

        Words.Counts words = Words.of(parsed.body());
        fields.put("words", FieldInfo.inferred(1.0, List.of(words.total() + " words in "
                + words.chapters().size() + " chapter(s), counted as AO3 counts")));

        LanguageInference.Result language = LanguageInference.infer(stated.get("language"), parsed.body());
        fields.put("language", language.field());
        problems.addAll(language.problems());
        String code = language.language();

        TextPass.Shared text = new TextPass.Shared(parsed);
        CanonTags canon = RecordAssembly.guarded("canon tagging", () -> CanonTagger.tag(parsed, text),
                CanonTags.none(), problems);
        ContentTags content = RecordAssembly.guarded("content reading",
                () -> ContentReader.read(parsed, code, text),
                ContentTags.none(), problems);
        fields.putAll(canon.fields());
        fields.putAll(content.fields());

        PovInference.Result pov = PovInference.infer(stated, parsed.body(), code);
        fields.put("pov", pov.field());

        RatingInference.Result rating = RatingInference.infer(stated.get("rating"), content.contentRating(),
                content.fields().get("contentRating"));
        fields.put("rating", rating.field());
        problems.addAll(rating.problems());

        Completeness.Result complete = Completeness.infer(parsed.complete(), parsed.fields().get("complete"),
                stated);
        fields.put("complete", complete.field());

        return new WorkRecord(info, parsed.title(), parsed.authors(), parsed.summary(), canon.fandoms(),
                rating.rating(), content.contentRating(), content.warnings(), canon.categories(),
                canon.relationships(), canon.characters(), content.tags(), code, words.total(),
                complete.complete(),
                pov.pov(), words.chapters(), parsed.notes(), parsed.footnotes(), parsed.stated(),
                RecordAssembly.ordered(fields), problems.toList());
    }
}
