package uk.partnershipplans.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSourceResolvable;
import uk.partnershipplans.portal.shared.Refusal.Problem;

/** Figures and targets as admins, board members and officers type them. */
class FigureRuleTest {

    private final List<Problem> problems = new ArrayList<>();

    private Optional<BigDecimal> read(String typed, IndicatorUnit unit) {
        return FigureRule.read(typed, unit, "target", "edit.target.target", problems::add);
    }

    @ParameterizedTest(name = "\"{0}\" as {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1,200          | COUNT           | 1200
            1,234,567.5    | NUMBER          | 1234567.5
            85%            | PERCENTAGE      | 85
            85 %           | PERCENTAGE      | 85
            ' 5.00% '      | PERCENTAGE      | 5.00
            64.0           | PERCENTAGE      | 64.0
            0              | PERCENTAGE      | 0
            100            | PERCENTAGE      | 100
            100.00%        | PERCENTAGE      | 100.00
            292            | RATE_PER_100000 | 292
            48.4           | RATE_PER_10000  | 48.4
            .5             | RATE_PER_1000   | 0.5
            12.0           | COUNT           | 12.0
            -3             | NUMBER          | -3
            -2.75          | NUMBER          | -2.75
            0.1234         | NUMBER          | 0.1234
            9999999999.9999 | NUMBER         | 9999999999.9999
            """)
    void readsAFigureKeepingItsDecimals(String typed, IndicatorUnit unit, String expected) {
        BigDecimal figure = read(typed, unit).orElseThrow();

        assertThat(figure).isEqualTo(new BigDecimal(expected)); // equal in value and in decimal places
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" as {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            150%           | PERCENTAGE      | figure.percentage
            100.01         | PERCENTAGE      | figure.percentage
            -1             | PERCENTAGE      | figure.percentage
            -3             | COUNT           | figure.negative
            -0.5           | RATE_PER_1000   | figure.negative
            -12            | RATE_PER_10000  | figure.negative
            -292           | RATE_PER_100000 | figure.negative
            2.5            | COUNT           | figure.whole
            1.23456        | NUMBER          | figure.decimals
            12.50000%      | PERCENTAGE      | figure.decimals
            12345678901    | NUMBER          | figure.too-big
            twelve         | NUMBER          | figure.not-a-number
            12a            | COUNT           | figure.not-a-number
            85%%           | PERCENTAGE      | figure.not-a-number
            1,20           | COUNT           | figure.not-a-number
            12,00.5        | NUMBER          | figure.not-a-number
            1e3            | NUMBER          | figure.not-a-number
            '-'            | NUMBER          | figure.not-a-number
            %              | PERCENTAGE      | figure.not-a-number
            ١٢           | COUNT           | figure.not-a-number
            １２           | NUMBER          | figure.not-a-number
            """)
    void refusesAFigureTheUnitCannotHave(String typed, IndicatorUnit unit, String code) {
        assertThat(read(typed, unit)).isEmpty();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("target");
            assertThat(problem.code()).isEqualTo(code);
            assertThat(((MessageSourceResolvable) problem.args()[0]).getCodes()).containsExactly("edit.target.target");
        });
    }

    @Test
    void blankIsNoFigure() {
        assertThat(read(null, IndicatorUnit.PERCENTAGE)).isEmpty();
        assertThat(read("", IndicatorUnit.PERCENTAGE)).isEmpty();
        assertThat(read("   ", IndicatorUnit.COUNT)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutAUnitOnlyTheFormIsChecked() {
        assertThat(read("-150.5", null)).contains(new BigDecimal("-150.5"));
        assertThat(read("1.23456", null)).isEmpty();
        assertThat(problems).extracting(Problem::code).containsExactly("figure.decimals");
    }

    @Test
    void onlyAPlainNumberMayBeNegative() {
        assertThat(IndicatorUnit.values()).filteredOn(IndicatorUnit::allowsNegative).containsExactly(IndicatorUnit.NUMBER);
    }

    @Test
    void aSavedFigureIsTypedBackWithItsDecimals() {
        assertThat(FigureRule.typed(new BigDecimal("5.00"))).isEqualTo("5.00");
        assertThat(FigureRule.typed(new BigDecimal("15642"))).isEqualTo("15642");
        assertThat(FigureRule.typed(null)).isNull();
        assertThat(read(FigureRule.typed(new BigDecimal("64.0")), IndicatorUnit.PERCENTAGE)).contains(new BigDecimal("64.0"));
    }
}
