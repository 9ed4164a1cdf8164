package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.junit.jupiter.api.Test;

class RatingInferenceTest {
    private static final FieldInfo CONTENT = FieldInfo.inferred(0.7, List.of("line 40: explicit scene"));

    @Test
    void raisesAStatedRatingToAMoreAdultReadingOfTheText() {
        RatingInference.Result r = RatingInference.infer("PG-13", "Explicit", CONTENT);
        assertThat(r.rating()).isEqualTo("Explicit");
        assertThat(r.field().from()).isEqualTo(Provenance.INFERRED);
        assertThat(r.field().evidence()).contains("PG-13", "line 40: explicit scene");
    }

    @Test
    void keepsAStatedGeneralRatingAgainstAWeakTeenReading() {
        RatingInference.Result weak = RatingInference.infer("PG",
                "Teen And Up Audiences", FieldInfo.inferred(0.65, List.of("line 12: stake")));
        assertThat(weak.rating()).isEqualTo("General Audiences");
        assertThat(weak.field().from()).isEqualTo(Provenance.STATED);

        RatingInference.Result plain = RatingInference.infer("PG",
                "Teen And Up Audiences", FieldInfo.inferred(0.85, List.of("line 12: fuck")));
        assertThat(plain.rating()).isEqualTo("Teen And Up Audiences");
    }

    @Test
    void neverLowersAStatedRatingToAMilderReading() {
        RatingInference.Result r = RatingInference.infer("NC-17", "Teen And Up Audiences", CONTENT);
        assertThat(r.rating()).isEqualTo("Explicit");
        assertThat(r.field().from()).isEqualTo(Provenance.STATED);
    }

    @Test
    void takesTheTextsReadingWhenNothingIsStated() {
        RatingInference.Result r = RatingInference.infer(null, "General Audiences", CONTENT);
        assertThat(r.rating()).isEqualTo("General Audiences");
        assertThat(r.field().from()).isEqualTo(Provenance.INFERRED);
        assertThat(r.field().confidence()).isEqualTo(0.7);
    }

    @Test
    void takesTheTextsReadingWhenTheStatedWordsNameNoRating() {
        RatingInference.Result r = RatingInference.infer("see warnings", "Mature", CONTENT);
        assertThat(r.rating()).isEqualTo("Mature");
        assertThat(r.problems()).hasSize(1);
    }

    @Test
    void isNotRatedByDefault() {
        RatingInference.Result r = RatingInference.infer(null, null, null);
        assertThat(r.rating()).isEqualTo("Not Rated");
        assertThat(r.field().from()).isEqualTo(Provenance.DEFAULT);
    }
}
