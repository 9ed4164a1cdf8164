package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.FieldInfo;
import org.ficshelf.Problem;
import org.ficshelf.Provenance;
import org.ficshelf.SourceInfo;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InferenceTest {
    private static final String ENGLISH = "He waited by the door for a long time, but she did not come back. "
            + "The kettle sang and he let it. When the rain stopped he went out to look for her, and he found "
            + "her at the end of the road with her coat over her head.";
    private static final SourceInfo INFO = new SourceInfo("story.txt", "00", 10, "text", "UTF-8", 1.0);

    @Test
    void mapsAHedgedStatedRatingAndSaysItWasStated() {
        WorkRecord r = infer(parsed(Map.of("rating", "PG-13, NC-17 in later parts"), null), Map.of());
        assertThat(r.rating()).isEqualTo("Explicit");
        FieldInfo field = r.fields().get("rating");
        assertThat(field.from()).isEqualTo(Provenance.STATED);
        assertThat(field.evidence()).contains("PG-13, NC-17 in later parts");
    }

    @Test
    void takesTheTextsReadingAsTheRatingWhenNoneIsStated() {
        WorkRecord r = infer(parsed(Map.of(), null), Map.of());
        assertThat(r.contentRating()).isEqualTo("General Audiences");
        assertThat(r.rating()).isEqualTo("General Audiences");
        assertThat(r.fields().get("rating").from()).isEqualTo(Provenance.INFERRED);
    }

    @Test
    void defaultsToNotRatedWhenThereIsNoTextToRead() {
        ParsedWork empty = new ParsedWork(null, List.of(), null, new HashMap<>(), List.of(), List.of(),
                new Document(List.of()), null, Map.of(), List.of());
        WorkRecord r = infer(empty, Map.of());
        assertThat(r.contentRating()).isNull();
        assertThat(r.rating()).isEqualTo("Not Rated");
        assertThat(r.fields().get("rating").from()).isEqualTo(Provenance.DEFAULT);
    }

    @Test
    void recordsAStatedRatingNoScaleKnows() {
        WorkRecord r = infer(parsed(Map.of("rating", "see the warnings"), null), Map.of());
        assertThat(r.problems()).extracting(Problem::code).contains("rating-unmapped");
    }

    @Test
    void countsWordsPerChapterAndInTotal() {
        WorkRecord r = infer(parsed(Map.of(), null), Map.of());
        int words = Words.count(ENGLISH);
        assertThat(r.words()).isEqualTo(2 * words);
        assertThat(r.chapters()).containsExactly(new ChapterInfo(null, words),
                new ChapterInfo("Part 2", words));
    }

    @Test
    void detectsTheLanguageUnlessAStatedOneNamesACode() {
        WorkRecord detected = infer(parsed(Map.of(), null), Map.of());
        assertThat(detected.language()).isEqualTo("en");
        assertThat(detected.fields().get("language").from()).isEqualTo(Provenance.INFERRED);
        WorkRecord stated = infer(parsed(Map.of(), null), Map.of("language", "Deutsch"));
        assertThat(stated.language()).isEqualTo("de");
        assertThat(stated.fields().get("language").from()).isEqualTo(Provenance.STATED);
        assertThat(stated.problems()).extracting(Problem::code).contains("language-disagrees");
    }

    @Test
    void aStatedPersonWinsButAWhosePovNoteDoesNot() {
        WorkRecord whose = infer(parsed(Map.of("pov", "Spike's POV"), null), Map.of());
        assertThat(whose.pov()).isEqualTo("third");
        assertThat(whose.fields().get("pov").from()).isEqualTo(Provenance.INFERRED);
        WorkRecord person = infer(parsed(Map.of("pov", "1st person POV"), null), Map.of());
        assertThat(person.pov()).isEqualTo("first");
        assertThat(person.fields().get("pov").from()).isEqualTo(Provenance.STATED);
    }

    @Test
    void readsCompletenessFromParseThenStatusThenChapters() {
        assertThat(infer(parsed(Map.of("status", "Complete"), false), Map.of()).complete()).isFalse();
        assertThat(infer(parsed(Map.of("status", "WIP"), null), Map.of()).complete()).isFalse();
        assertThat(infer(parsed(Map.of(), null), Map.of("status", "Completed")).complete()).isTrue();
        assertThat(infer(parsed(Map.of(), null), Map.of("chapters", "5/5")).complete()).isTrue();
        assertThat(infer(parsed(Map.of(), null), Map.of("chapters", "3/5")).complete()).isFalse();
        assertThat(infer(parsed(Map.of(), null), Map.of("chapters", "3/?")).complete()).isFalse();
        assertThat(infer(parsed(Map.of(), null), Map.of()).complete()).isNull();
        assertThat(infer(parsed(Map.of(), null), Map.of("date", "2019-11-30 Chapters: 2/2 Words: 146"))
                .complete())
                .isTrue();
        assertThat(infer(parsed(Map.of(), null), Map.of("stats", "Words: 900 Chapters: 1/3")).complete())
                .isFalse();
    }

    @Test
    void keepsSourceAndParseProblemsFirst() {
        ParsedWork p = parsed(Map.of("rating", "whatever"), null);
        SourceDocument source = source(Map.of(), List.of(Problem.ofFile("mojibake-repaired", "m")));
        ParsedWork withProblem = new ParsedWork(p.title(), p.authors(), p.summary(), p.stated(), p.notes(),
                p.footnotes(), p.body(), p.complete(), p.fields(),
                List.of(new Problem(3, 4, "lost-ellipsis", "e")));
        WorkRecord r = Inference.infer(withProblem, source, INFO);
        assertThat(r.problems()).extracting(Problem::code).containsSubsequence("mojibake-repaired",
                "lost-ellipsis",
                "rating-unmapped");
    }

    @Test
    void listsFieldProvenanceInTheRecordsOrder() {
        Map<String, FieldInfo> parseFields = new LinkedHashMap<>();
        parseFields.put("summary", FieldInfo.stated("s"));
        parseFields.put("title", FieldInfo.stated("t"));
        ParsedWork p = parsed(Map.of(), null);
        ParsedWork withFields = new ParsedWork("T", List.of("A"), "S", p.stated(), p.notes(), p.footnotes(),
                p.body(),
                null, parseFields, List.of());
        WorkRecord r = Inference.infer(withFields, source(Map.of(), List.of()), INFO);
        assertThat(r.fields().keySet()).containsSubsequence("title", "summary", "rating", "language", "words",
                "complete", "pov");
    }

    @Test
    void staysLinearOnHostileStatedValuesAndBodies() {
        String bangs = "!".repeat(2_000_000) + "y";
        Map<String, String> stated = Map.of("rating", bangs, "status", bangs, "pov", bangs, "language",
                bangs);
        String hostile = "\"" + "a\u0000\"'".repeat(1_000_000);
        Document body = new Document(List.of(new Chapter(null, List.of(Paragraph.plain(hostile, 1)))));
        ParsedWork p = new ParsedWork(null, List.of(), null, new HashMap<>(stated), List.of(), List.of(),
                body, null,
                Map.of(), List.of());
        long start = System.nanoTime();
        WorkRecord r = Inference.infer(p, source(Map.of("chapters", bangs), List.of()), INFO);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(r.rating()).isNotNull().isEqualTo(r.contentRating());
        assertThat(r.complete()).isNull();
    }

    private static WorkRecord infer(ParsedWork parsed, Map<String, String> metadata) {
        return Inference.infer(parsed, source(metadata, List.of()), INFO);
    }

    private static SourceDocument source(Map<String, String> metadata, List<Problem> problems) {
        return new SourceDocument("text", "UTF-8", 1.0, List.of(), metadata, List.of(), null, problems);
    }

    private static ParsedWork parsed(Map<String, String> stated, @Nullable Boolean complete) {
        Document body = new Document(List.of(new Chapter(null, List.of(Paragraph.plain(ENGLISH, 10))),
                new Chapter("Part 2", List.of(Paragraph.plain(ENGLISH, 20)))));
        return new ParsedWork(null, List.of(), null, new HashMap<>(stated), List.of(), List.of(), body,
                complete,
                Map.of(), List.of());
    }
}
