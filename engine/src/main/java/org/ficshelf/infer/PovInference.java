package org.ficshelf.infer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.ficshelf.doc.Document;
import org.jspecify.annotations.Nullable;

/**
 * The work's point of view: a stated grammatical person wins (from the POV note, then tag-like
 * metadata), else the reading of the narration.
 */
final class PovInference {
    /** Stated keys that may name the person, in the order they are trusted. */
    private static final List<String> KEYS = List.of("pov", "tags", "additional tags", "freeform", "keywords",
            "category", "genre");

    private PovInference() {
    }

    record Result(@Nullable String pov, FieldInfo field) {
    }

    static Result infer(Map<String, String> stated, Document body, @Nullable String language) {
        for (String key : KEYS) {
            String words = stated.get(key);
            if (words == null) {
                continue;
            }
            Optional<String> person = PovStated.person(words);
            if (person.isPresent()) {
                return new Result(person.get(),
                        FieldInfo.stated(key.equals("pov") ? 1.0 : 0.9, List.of(words)));
            }
        }
        PovReader.Reading reading = PovReader.read(body, language);
        if (reading.pov() == null) {
            return new Result(null, new FieldInfo(Provenance.DEFAULT, 0.0, reading.evidence()));
        }
        return new Result(reading.pov(), FieldInfo.inferred(reading.confidence(), reading.evidence()));
    }
}
