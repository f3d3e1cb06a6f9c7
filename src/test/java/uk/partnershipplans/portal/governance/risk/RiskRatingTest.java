package uk.partnershipplans.portal.governance.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule of a risk's rating, for every score a likelihood and an impact of 1 to 5 can give. */
class RiskRatingTest {

    @ParameterizedTest(name = "likelihood {0} × impact {1} = {2}: {3}")
    @CsvSource({
            "1, 1, 1, GREEN", "1, 5, 5, GREEN", "2, 3, 6, GREEN", "3, 2, 6, GREEN",
            "2, 4, 8, AMBER", "3, 3, 9, AMBER", "2, 5, 10, AMBER", "3, 4, 12, AMBER", "4, 3, 12, AMBER",
            "3, 5, 15, RED", "4, 4, 16, RED", "4, 5, 20, RED", "5, 5, 25, RED"})
    void theScoreIsLikelihoodTimesImpactAndGivesTheRating(int likelihood, int impact, int score, RiskRating rating) {
        assertThat(likelihood * impact).isEqualTo(score);
        assertThat(RiskRating.of(score)).isEqualTo(rating);
        assertThat(score).isBetween(rating.lowest(), rating.highest());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 26, -3})
    void aScoreOutsideOneToTwentyFiveIsNotAScore(int score) {
        assertThatThrownBy(() -> RiskRating.of(score)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyPossibleScoreHasExactlyOneRating(int likelihood) {
        for (int impact = 1; impact <= 5; impact++) {
            int score = likelihood * impact;
            long ratings = java.util.Arrays.stream(RiskRating.values())
                    .filter(r -> score >= r.lowest() && score <= r.highest()).count();
            assertThat(ratings).as("ratings of score %d", score).isEqualTo(1);
        }
    }
}
