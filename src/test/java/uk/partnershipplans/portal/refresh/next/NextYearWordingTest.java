package uk.partnershipplans.portal.refresh.next;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a year's label and the year labels in a priority's headings move on to the next year. */
class NextYearWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "2013-14   | 2014-15",
            "2013/14   | 2014/15",
            "2099-00   | 2100-01",
            "2013-2014 | 2014-2015",
            "2013      | 2014",
            "Year 3    | none",
            "2014-16   | 2015-17"})
    void theNextLabel(String label, String next) {
        assertThat(NextYearWording.nextLabel(label)).isEqualTo(Optional.ofNullable(next));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What we did in 2012-13                  | What we did in 2013-14",
            "What we will do in 2013-14              | What we will do in 2014-15",
            "Why this matters                        | Why this matters",
            "From 2012/13 to 2013/14                 | From 2013/14 to 2014/15",
            "By 2015, with 12345-67 as a reference   | By 2015, with 12345-67 as a reference"})
    void theLabelsInAHeadingMoveOnOnce(String heading, String moved) {
        assertThat(NextYearWording.movedOn(heading)).isEqualTo(moved);
    }
}
