package org.ficshelf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chunked run stopped in the middle of each subject in turn, then run again: it continues
 * where it stopped, and at the end every subject holds every work exactly once.
 */
class ChunkedImportTest {
    private static final int WORKS = 60;
    private static final int CHUNK = 30;
    /** Baselines commit this often here, so a stop leaves some works of the chunk committed. */
    private static final int COMMIT_EVERY = 7;

    @TempDir
    Path work;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private ChunkedImport.Settings settings(Interrupt interrupt, int chunk) {
        return new ChunkedImport.Settings(2, chunk, ChunkedImport.OriginalsPolicy.DROP, false, false,
                COMMIT_EVERY,
                0, 0, 0, interrupt);
    }

    private ImportResults run(Interrupt interrupt) throws IOException {
        return ChunkedImport.run(Chunks.generated(WORKS, 3, CHUNK, work), work, settings(interrupt, CHUNK),
                log);
    }

    @Test
    void aRunStoppedInEachSubjectInTurnEndsWithEveryWorkOnceInEach() throws Exception {
        for (String subject : List.of(FicshelfImport.SUBJECT, LuceneAlone.SUBJECT, Fts5Baseline.SUBJECT)) {
            assertThatThrownBy(() -> run(Interrupt.at(subject, 1, 10))).isInstanceOf(Interrupt.Stop.class);
            RunState stopped = RunState.load(work);
            assertThat(stopped).isNotNull();
            assertThat(stopped.running()).as("the state says where %s stopped", subject).endsWith("chunk 2");
            assertThat(stopped.done()).extracting(RunState.Chunk::index).containsExactly(0);
        }

        ImportResults done = run(Interrupt.NONE);

        RunState.Finish end = done.run().finish();
        assertThat(end).isNotNull();
        assertThat(end.ficshelfWorks()).isEqualTo(WORKS);
        assertThat(end.luceneWorks()).isEqualTo(WORKS);
        assertThat(end.fts5Works()).isEqualTo(WORKS);
        assertThat(done.run().done()).hasSize(2);
        RunState.Chunk second = done.run().chunk(1);
        assertThat(second.ficshelf().resumed()).isTrue();
        assertThat(second.lucene().resumed()).isTrue();
        assertThat(second.fts5().resumed()).isTrue();
        assertThat(second.lucene().skipped()).as("works Lucene alone had committed before the stop")
                .isPositive();
        assertThat(second.fts5().skipped()).as("works FTS5 had committed before the stop").isPositive();
        assertThat(second.lucene().works() + second.lucene().skipped()).isEqualTo(CHUNK);
        assertThat(second.fts5().works() + second.fts5().skipped()).isEqualTo(CHUNK);
        assertThat(second.ficshelf().works() + second.ficshelf().skipped()).isEqualTo(CHUNK);
        assertThat(done.notes()).anySatisfy(n -> assertThat(n).contains("stopped and continued"))
                .anySatisfy(n -> assertThat(n).contains("removed after each chunk's import had committed"));
        assertThat(done.ficshelf().originalsBytes()).as("originals measured before they were dropped")
                .isGreaterThanOrEqualTo(done.rawBytes());
        try (Stream<Path> left = Files.walk(ImportResults.ficshelfData(work).resolve("originals"))) {
            assertThat(left.filter(Files::isRegularFile).filter(p -> !p.toString().contains("fresh")))
                    .as("dropped originals (only the fresh works' remain)").hasSizeLessThanOrEqualTo(5);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("continuing the run", "ETA", "disk");

        ImportResults again = run(Interrupt.NONE);
        assertThat(again.ficshelf().works()).as("a finished run is reported again, not redone")
                .isEqualTo(done.ficshelf().works());
    }

    @Test
    void aRunAskedToStopAfterOneChunkContinuesWithTheNextWhenRunAgain() throws Exception {
        Chunks chunks = Chunks.generated(WORKS, 3, CHUNK, work);
        ChunkedImport.Settings one = new ChunkedImport.Settings(2, CHUNK, ChunkedImport.OriginalsPolicy.KEEP,
                false,
                false, COMMIT_EVERY, 0, 0, 1, Interrupt.NONE);

        assertThat(ChunkedImport.run(chunks, work, one, log)).isNull();
        assertThat(RunState.load(work).done()).hasSize(1);
        ImportResults done = ChunkedImport.run(chunks, work, one, log);

        assertThat(done).isNotNull();
        assertThat(done.run().done()).hasSize(2);
        assertThat(done.run().finish().luceneWorks()).isEqualTo(WORKS);
        assertThat(done.ficshelf().works()).isEqualTo(WORKS);
        assertThat(done.notes()).noneSatisfy(n -> assertThat(n).contains("stopped and continued"));
    }

    @Test
    void aWorkFolderHoldingAnotherRunIsRefused() throws Exception {
        ChunkedImport.run(Chunks.generated(CHUNK, 3, CHUNK, work), work, settings(Interrupt.NONE, CHUNK),
                log);

        assertThatThrownBy(() -> ChunkedImport.run(Chunks.generated(CHUNK, 3, 10, work), work,
                settings(Interrupt.NONE, 10), log)).isInstanceOf(IOException.class)
                .hasMessageContaining("--fresh");
    }

    @Test
    void generatedChunksHoldTheBytesOfTheWholeCorpus(@TempDir Path whole) throws Exception {
        CorpusWriter.write(new WorkGenerator(WordModel.load(), 9), 1050, whole);
        Chunks chunks = Chunks.generated(1050, 9, 700, work); // the second spans two sub-folders
        assertThat(chunks.parts()).hasSize(2);
        for (Chunks.Part p : chunks.parts()) {
            Corpus c = chunks.materialize(p, log);
            c.forEachStory(f -> assertThat(f).hasSameBinaryContentAs(whole.resolve(c.dir().relativize(f))));
            assertThat(c.size().files()).isEqualTo(p.to() - p.from());
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 80", "10000, 1000", "100000, 10000", "1000000, 100000", "5000000, 100000",
            "25000, 3000"})
    void autoChunksMakeAboutTenOfThem(long works, int chunk) {
        assertThat(Harness.autoChunk(works)).isEqualTo(chunk);
    }

    @Test
    void droppingOriginalsNeedsOnlyOneChunkOfThem() {
        DiskPlan keep = new DiskPlan(DiskPlan.Ratios.PRIOR, 30_000_000_000L, 3_000_000_000L, true, false);
        DiskPlan drop = new DiskPlan(DiskPlan.Ratios.PRIOR, 30_000_000_000L, 3_000_000_000L, true, true);

        assertThat(keep.peak() - drop.peak()).isEqualTo(keep.originals() - drop.originals())
                .isGreaterThan(25_000_000_000L);
        assertThat(drop.fits(0, 65_000_000_000L)).isTrue();
        assertThat(keep.fits(0, 65_000_000_000L)).isFalse();
    }
}
