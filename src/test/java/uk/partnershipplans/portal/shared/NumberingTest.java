package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void numbersSortNaturallyAsPrinted() {
        assertThat(Stream.of("1.10", "1.9", "2", "1.2.1", "1.2", "A").sorted(Numbering.ORDER).toList())
                .containsExactly("1.2", "1.2.1", "1.9", "1.10", "2", "A");
        assertThat(Stream.of("(10)", "(2)", "(1)", "(16)", "(9)").sorted(Numbering.ORDER).toList())
                .containsExactly("(1)", "(2)", "(9)", "(10)", "(16)");
        assertThat(Stream.of("SO10", "so2", "SO1").sorted(Numbering.ORDER).toList())
                .containsExactly("SO1", "so2", "SO10");
        assertThat(Stream.of("b)", "a)", "c)").sorted(Numbering.ORDER).toList()).containsExactly("a)", "b)", "c)");
        assertThat(Stream.of("3.1", null, "3").sorted(Numbering.ORDER).toList()).containsExactly("3", "3.1", null);
    }

    @Test
    void numbersAreLettersDigitsAndTheMarksOfNumbering() {
        for (String printed : new String[] {"1", "3.1", "(1)", "SO2", "a)", "1a", "2-3", "1/2", " 4 "}) {
            assertThat(printed.matches(Numbering.PATTERN)).as(printed).isTrue();
        }
        for (String notANumber : new String[] {"()", ".", "1 2", "1;", "<1>", "one two"}) {
            assertThat(notANumber.matches(Numbering.PATTERN)).as(notANumber).isFalse();
        }
    }
}
