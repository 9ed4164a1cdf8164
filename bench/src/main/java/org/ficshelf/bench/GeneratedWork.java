package org.ficshelf.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generated work: its file name and bytes, and the ground truth the generator knows
 * (written beside the file as {@code <name>.truth.json}, in the labels' vocabulary).
 */
record GeneratedWork(String fileName, byte[] bytes, Truth truth) {

    /** What is true of a generated work, in the work record's field names. */
    record Truth(String format, String encoding, @Nullable String title, List<String> authors, String fandom,
            List<String> characters, List<String> relationships, String statedRating, String rating,
            int chapterCount, int wordsApprox, @Nullable Boolean complete, String pov, String headerStyle) {
    }
}
