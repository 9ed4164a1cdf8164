package org.ficshelf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole benchmark pipeline at a tiny size, so it never rots: a corpus generated in three
 * chunks, each imported into Ficshelf beside both baselines then deleted, the query mix on
 * Ficshelf and FTS5, the targets and the JSON. Only sanity is asserted here; the targets are
 * reported by real runs, never asserted.
 */
class HarnessSmokeTest {
    private static final int WORKS = 90;
    private static final int CHUNK = 30;

    @TempDir
    Path work;

    @Test
    void theWholePipelineProducesSaneFiguresAndBothEnginesSeeTheSameCorpus() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Harness.Options options = new Harness.Options(2, 5, 0.1, 0.3);
        Chunks chunks = Chunks.generated(WORKS, 5, CHUNK, work);

        Harness.Report report = Harness.run(chunks, work, options, Harness.settings(options, CHUNK), true,
                true,
                log);

        ImportResults imp = report.imports();
        assertThat(imp).isNotNull();
        assertThat(imp.ficshelf().works()).isEqualTo(WORKS);
        assertThat(imp.lucene().works()).isEqualTo(WORKS);
        assertThat(imp.fts5().works()).isEqualTo(WORKS);
        assertThat(imp.run().done()).hasSize(3).allSatisfy(c -> assertThat(c.works()).isEqualTo(CHUNK));
        assertThat(imp.run().finish()).isNotNull();
        assertThat(imp.run().finish().fts5Works()).isEqualTo(WORKS);
        assertThat(imp.rawBytes()).isEqualTo(imp.ficshelf().bytes()).isEqualTo(imp.lucene().bytes())
                .isEqualTo(imp.fts5().bytes());
        assertThat(work.resolve("chunks")).as("each generated chunk is deleted once imported")
                .isEmptyDirectory();
        assertThat(imp.ficshelf().mbPerSecond()).isPositive();
        assertThat(imp.ficshelf().worksPerSecond()).isPositive();
        assertThat(imp.lucene().mbPerSecond()).isPositive();
        assertThat(imp.fts5().mbPerSecond()).isPositive();
        assertThat(imp.importRatioToLucene()).isPositive().isFinite();
        assertThat(imp.indexToRaw()).isPositive().isFinite();
        assertThat(imp.catalogToRaw()).isPositive().isFinite();
        assertThat(imp.ficshelf().peak().heapUsedMB()).isPositive();
        assertThat(java.util.Arrays.stream(imp.ficshelf().searchableMillis()).min().orElse(0)).isPositive();

        SearchResults search = report.search();
        assertThat(search).isNotNull();
        for (SearchBench.Result engine : List.of(search.ficshelf(), search.fts5())) {
            assertThat(engine.runs()).extracting(SearchBench.Run::threads).containsExactly(1, 2);
            for (SearchBench.Run run : engine.runs()) {
                assertThat(run.qps()).isPositive();
                assertThat(run.byKind()).containsKeys(BenchQuery.Kind.values());
                run.byKind().values()
                        .forEach(l -> assertThat(l.p50()).isPositive().isLessThanOrEqualTo(l.p99()));
            }
            assertThat(engine.totals().values()).as("every query of the mix finds works").allSatisfy(
                    total -> assertThat(total).isPositive());
        }
        assertThat(search.speedupAtP50()).isPositive().isFinite();
        List<Map<String, Object>> parity = search.keywordParity();
        assertThat(parity).isNotEmpty().allSatisfy(row -> assertThat((double) row.get("relativeDifference"))
                .as("keyword totals of Ficshelf and FTS5 for %s", row.get("query")).isLessThanOrEqualTo(0.1));

        assertThat(report.targets()).hasSizeGreaterThanOrEqualTo(9);
        Path json = work.resolve("out.json");
        Harness.writeJson(report, "all", options, json);
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"ficshelfToLuceneAlone\"", "\"fts5ToFicshelfP50\"", "\"machine\"",
                "\"targets\"", "\"chunks\"", "\"notes\"");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ficshelf import", "keyword", "target");

        // the search half again on Ficshelf alone, as a profile of it is taken
        Harness.Options alone = new Harness.Options(2, 5, 0.1, 0.3, false);
        Harness.Report ficshelfOnly = Harness.run(chunks, work, alone, Harness.settings(alone, CHUNK), false,
                true,
                log);
        assertThat(ficshelfOnly.search()).isNotNull();
        assertThat(ficshelfOnly.search().fts5()).isNull();
        assertThat(ficshelfOnly.search().ficshelf().runs()).extracting(SearchBench.Run::threads)
                .containsExactly(1,
                        2);
        assertThat(ficshelfOnly.search().keywordParity()).isEmpty();
        assertThat(ficshelfOnly.targets()).extracting(Targets.Target::target).contains("keyword p50 <= 5 ms")
                .noneMatch(t -> t.contains("FTS5"));
        Harness.writeJson(ficshelfOnly, "search", alone, json);
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"sqliteFts5\" : null");

        List<WebBench.Page> pages = WebBench.run(ImportResults.ficshelfData(work), WordModel.load(), 5, 5);
        assertThat(pages).extracting(WebBench.Page::name).contains("home", "search page with facets",
                "work page", "EPUB of a 500k-word work");
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.latency().p50()).isPositive().isLessThanOrEqualTo(p.latency().p99());
            assertThat(p.meanBytes()).isPositive();
        });
        WebBench.Page epub = pages.get(pages.size() - 1);
        assertThat(epub.meanBytes()).as("the EPUB holds half a million words, compressed")
                .isGreaterThan(500_000);
    }
}
