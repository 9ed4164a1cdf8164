package org.ficshelf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse benchmark at a tiny size: every subject measured by both clocks, and the JSON it writes. */
class ParseBenchTest {
    @TempDir
    Path corpus;

    @Test
    void measuresEachSubjectByWallAndCpuTimeAndSaysWhatInferenceAdds() throws Exception {
        CorpusWriter.write(new WorkGenerator(WordModel.load(), 3), 12, corpus);
        ParseBench bench = ParseBench.load(corpus, 1L << 30);
        assertThat(bench.files()).isEqualTo(12);

        List<ParseBench.Figure> figures = bench.run(3, 0);

        assertThat(figures).extracting(ParseBench.Figure::subject).containsExactly(
                "baseline: UTF-8 decode + line split", "ficshelf: decode + parse",
                "ficshelf: full read (+ infer)");
        for (ParseBench.Figure f : figures) {
            assertThat(f.rounds()).hasSize(3);
            assertThat(f.cpuRounds()).hasSize(3);
            for (int r = 0; r < 3; r++) {
                assertThat(f.rounds()[r]).isPositive();
                assertThat(f.cpuRounds()[r]).isPositive();
            }
        }
        // the full read does everything decode + parse does and more
        assertThat(figures.get(2).cpuMbPerSecond()).isLessThan(figures.get(1).cpuMbPerSecond());
        double share = ParseBench.inferenceShare(figures, true);
        assertThat(share).isPositive()
                .isEqualTo(figures.get(1).cpuMbPerSecond() / figures.get(2).cpuMbPerSecond() - 1);

        Map<String, Object> json = ParseBench.toJson(bench, figures);
        assertThat(json).containsKeys("files", "bytes", "results", "inferenceAddsToDecodeParse",
                "inferenceAddsToDecodeParseByCpu");
        assertThat(json.get("inferenceAddsToDecodeParseByCpu")).isEqualTo(ParseBench.round(share));
    }
}
