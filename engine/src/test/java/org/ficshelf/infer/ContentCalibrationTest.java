package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Accuracy of the content rating on the labelled calibration passages, with the confusion matrix. */
class ContentCalibrationTest {
    /** Measured 2026: see docs/content-rating.md; lower it only with a reason. */
    private static final double MIN_ACCURACY = 0.90;
    private static final List<String> RATINGS = List.of("General Audiences", "Teen And Up Audiences",
            "Mature",
            "Explicit");

    record Case(String id, String rating, String text) {
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = ContentCalibrationTest.class.getResourceAsStream("content/calibration.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            for (String chunk : all.split("\n=== ")) {
                if (chunk.startsWith("#")) {
                    continue;
                }
                int eol = chunk.indexOf('\n');
                String[] head = chunk.substring(0, eol).split("\\|");
                cases.add(new Case(head[0].strip(), head[1].strip(), chunk.substring(eol + 1)));
            }
            return cases;
        }
    }

    @Test
    void ratesTheCalibrationPassagesAccurately() throws IOException {
        List<Case> cases = cases();
        int[][] matrix = new int[4][4];
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases) {
            String got = ContentReaderTest.rating(c.text());
            matrix[RATINGS.indexOf(c.rating())][RATINGS.indexOf(got)]++;
            if (got.equals(c.rating())) {
                right++;
            } else {
                misses.append(
                        String.format(Locale.ROOT, "  %s: expected %s, got %s%n", c.id(), c.rating(), got));
            }
        }
        double accuracy = (double) right / cases.size();
        System.out.printf(Locale.ROOT, "content rating calibration: %d/%d = %.3f%n%s%s", right, cases.size(),
                accuracy, table(matrix), misses);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy).isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    private static String table(int[][] matrix) {
        StringBuilder out = new StringBuilder(
                "| expected \\ read | G | T | M | E |\n|---|---|---|---|---|\n");
        String[] shortNames = {"G", "T", "M", "E"};
        for (int i = 0; i < 4; i++) {
            out.append("| ").append(shortNames[i]);
            for (int j = 0; j < 4; j++) {
                out.append(" | ").append(matrix[i][j]);
            }
            out.append(" |\n");
        }
        return out.toString();
    }
}
