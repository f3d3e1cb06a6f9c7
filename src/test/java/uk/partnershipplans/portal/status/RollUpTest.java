package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overall colour of a priority or a plan year, by the rule of the help page. */
class RollUpTest {

    @ParameterizedTest(name = "{5}: {0} red, {1} amber, {2} green, {3} not rated -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 0 | 0  | NOT_RATED | nothing at all
            0 | 0 | 0 | 5  | NOT_RATED | nothing rated: not started, cancelled, no data
            0 | 0 | 3 | 2  | GREEN     | all rated are green
            0 | 1 | 3 | 0  | AMBER     | one amber
            1 | 0 | 3 | 0  | AMBER     | one red in four: fewer than one in three
            1 | 0 | 2 | 0  | RED       | one red in three: exactly one in three
            2 | 0 | 4 | 0  | RED       | two red in six: exactly one in three
            2 | 0 | 5 | 0  | AMBER     | two red in seven
            1 | 0 | 2 | 10 | RED       | items not rated are left out of the share
            1 | 0 | 0 | 0  | RED       | the only rated item is red
            0 | 4 | 0 | 0  | AMBER     | all amber is amber, not red
            """)
    void overallColour(int red, int amber, int green, int notRated, Rag expected, String description) {
        Stream<Rag> colours = Stream.of(Collections.nCopies(red, Rag.RED), Collections.nCopies(amber, Rag.AMBER),
                Collections.nCopies(green, Rag.GREEN), Collections.nCopies(notRated, Rag.NOT_RATED)).flatMap(java.util.List::stream);

        assertThat(RollUp.overall(colours)).as(description).isEqualTo(expected);
    }
}
