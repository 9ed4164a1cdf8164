package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ficshelf.FieldInfo;
import org.ficshelf.Problem;
import org.ficshelf.Provenance;
import org.ficshelf.doc.Document;
import org.jspecify.annotations.Nullable;

/** The work's language: a stated language that names a code wins, else the detector's reading. */
final class LanguageInference {
    /** A detection this sure that disagrees with the stated language is worth a problem. */
    private static final double DISAGREE_CONFIDENCE = 0.7;

    private LanguageInference() {
    }

    record Result(@Nullable String language, FieldInfo field, List<Problem> problems) {
    }

    static Result infer(@Nullable String stated, Document body) {
        LanguageDetector.Detection detected = LanguageDetector.detect(body);
        Optional<String> statedCode = stated == null ? Optional.empty() : LanguageNames.code(stated);
        List<Problem> problems = new ArrayList<>();
        if (statedCode.isPresent()) {
            String code = statedCode.get();
            if (detected.code() != null && !detected.code().equals(code)
                    && detected.confidence() >= DISAGREE_CONFIDENCE) {
                problems.add(Problem.ofFile("language-disagrees", "the work states its language as '"
                        + stated + "' but the text reads as " + detected.code()));
            }
            List<String> evidence = new ArrayList<>(List.of(stated));
            evidence.addAll(detected.evidence());
            return new Result(code, FieldInfo.stated(1.0, evidence), problems);
        }
        if (stated != null && !stated.isBlank()) {
            problems.add(Problem.ofFile("language-unknown",
                    "the stated language '" + stated.strip()
                            + "' names no known language; the text's is used"));
        }
        if (detected.code() == null) {
            return new Result(null, new FieldInfo(Provenance.DEFAULT, 0.0, detected.evidence()),
                    problems);
        }
        return new Result(detected.code(), FieldInfo.inferred(detected.confidence(), detected.evidence()),
                problems);
    }
}
