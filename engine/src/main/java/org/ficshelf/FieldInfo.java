package org.ficshelf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The provenance of one value of the work record: where it came from, how sure the engine is
 * (0..1) and the evidence (the author's words, or "line N: ..." cues from the text).
 */
public record FieldInfo(@JsonProperty("from") Provenance from, double confidence, List<String> evidence) {

    public FieldInfo {
        Objects.requireNonNull(from, "from");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }

    public static FieldInfo stated(String words) {
        return new FieldInfo(Provenance.STATED, 1.0, List.of(words));
    }

    public static FieldInfo stated(double confidence, List<String> evidence) {
        return new FieldInfo(Provenance.STATED, confidence, evidence);
    }

    public static FieldInfo inferred(double confidence, List<String> evidence) {
        return new FieldInfo(Provenance.INFERRED, confidence, evidence);
    }

    public static FieldInfo byDefault(String reason) {
        return new FieldInfo(Provenance.DEFAULT, 0.0, List.of(reason));
    }
}
