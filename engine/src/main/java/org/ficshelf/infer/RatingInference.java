package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ficshelf.FieldInfo;
import org.ficshelf.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The work's rating by the spec's policy: the stated rating mapped to AO3's, raised to the
 * text's own reading when that is higher (an archive must not under-rate); the text's reading
 * alone when nothing is stated; {@code Not Rated} when neither tells. A Teen reading rests on
 * counts of weak cues (a stake, a scream), so it raises a stated General rating only when it is
 * plain: read with at least {@link #PLAIN_TEEN} confidence.
 */
final class RatingInference {
    /** The confidence a Teen reading needs to raise a stated General rating. */
    static final double PLAIN_TEEN = 0.75;

    private RatingInference() {
    }

    /** A rating, its provenance, and problems (a stated rating no scale knows). */
    record Result(String rating, FieldInfo field, List<Problem> problems) {
    }

    static Result infer(@Nullable String stated, @Nullable String contentRating,
            @Nullable FieldInfo contentField) {
        RatingVocabulary vocabulary = RatingVocabulary.get();
        OptionalInt contentLevel = contentRating == null
                ? OptionalInt.empty()
                : vocabulary.levelOfName(contentRating);
        List<String> contentEvidence = contentField == null ? List.of() : contentField.evidence();
        Optional<RatingScale.MappedRating> mapped = stated == null || stated.isBlank()
                ? Optional.empty()
                : RatingScale.map(stated);
        List<Problem> problems = new ArrayList<>();
        if (stated != null && !stated.isBlank() && mapped.isEmpty()) {
            problems.add(Problem.ofFile("rating-unmapped",
                    "the stated rating '" + stated.strip()
                            + "' is on no known scale; the text's reading is used"));
        }
        if (mapped.isPresent()) {
            double contentConfidence = contentField == null ? 0.5 : contentField.confidence();
            return fromStated(stated, mapped.get(), contentLevel, contentConfidence, contentEvidence);
        }
        if (contentLevel.isPresent()) {
            List<String> evidence = new ArrayList<>(stated == null ? List.of() : List.of(stated.strip()));
            evidence.addAll(contentEvidence);
            double confidence = contentField == null ? 0.5 : contentField.confidence();
            return new Result(vocabulary.name(contentLevel.getAsInt()),
                    FieldInfo.inferred(confidence, evidence),
                    problems);
        }
        return new Result(vocabulary.name(vocabulary.notRated()),
                FieldInfo.byDefault("no stated rating and no reading of the text"), problems);
    }

    private static Result fromStated(String stated, RatingScale.MappedRating mapped, OptionalInt contentLevel,
            double contentConfidence, List<String> contentEvidence) {
        RatingVocabulary vocabulary = RatingVocabulary.get();
        int statedLevel = vocabulary.levelOfName(mapped.rating()).orElse(vocabulary.notRated());
        List<String> evidence = new ArrayList<>();
        evidence.add(stated.strip());
        boolean weakTeen = contentLevel.isPresent() && mapped.rating().equals(ContentRating.GENERAL.label())
                && vocabulary.name(contentLevel.getAsInt()).equals(ContentRating.TEEN.label())
                && contentConfidence < PLAIN_TEEN;
        if (contentLevel.isPresent() && contentLevel.getAsInt() > statedLevel && !weakTeen) {
            evidence.add("raised from " + mapped.rating() + ": the text reads as "
                    + vocabulary.name(contentLevel.getAsInt()));
            evidence.addAll(contentEvidence);
            return new Result(vocabulary.name(contentLevel.getAsInt()), FieldInfo.inferred(0.8, evidence),
                    List.of());
        }
        double confidence = mapped.hedged() ? 0.9 : 1.0;
        return new Result(mapped.rating(), FieldInfo.stated(confidence, evidence), List.of());
    }
}
