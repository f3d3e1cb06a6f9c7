package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.shared.DateField.Problem;

class DateFieldTest {

    @Test
    void aRealDateIsReadFromItsThreeBoxes() {
        DateField field = DateField.of("30", "11", "2013");

        assertThat(field.toDate()).contains(LocalDate.of(2013, 11, 30));
        assertThat(field.isValid()).isTrue();
        assertThat(field.problem()).isEqualTo(Problem.NONE);
    }

    @Test
    void spacesAndLeadingZerosAreForgiven() {
        assertThat(DateField.of(" 09 ", "03", " 2014").toDate()).contains(LocalDate.of(2014, 3, 9));
    }

    @Test
    void aMonthMayBeTypedAsItsNameOrItsAbbreviation() {
        assertThat(DateField.of("1", "Feb", "2014").toDate()).contains(LocalDate.of(2014, 2, 1));
        assertThat(DateField.of("1", "september", "2013").toDate()).contains(LocalDate.of(2013, 9, 1));
        assertThat(DateField.of("1", "Sept", "2013").toDate()).contains(LocalDate.of(2013, 9, 1));
        assertThat(DateField.of("1", "Ju", "2013").problem()).isEqualTo(Problem.NOT_REAL);
    }

    @Test
    void anImpossibleDateIsNotReal() {
        DateField field = DateField.of("31", "2", "2014");

        assertThat(field.toDate()).isEmpty();
        assertThat(field.isValid()).isFalse();
        assertThat(field.problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("29", "2", "2016").isValid()).isTrue();
        assertThat(DateField.of("0", "1", "2014").problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("1", "13", "2014").problem()).isEqualTo(Problem.NOT_REAL);
    }

    @Test
    void theYearMustHaveFourDigitsAndNoPartMayHoldOtherCharacters() {
        assertThat(DateField.of("1", "1", "14").problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("1", "1", "20145").problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("+1", "1", "2014").problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("1", "1", "2O14").problem()).isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("1", "1", "٢٠١٤").problem()).as("Arabic-Indic digits").isEqualTo(Problem.NOT_REAL);
        assertThat(DateField.of("１", "1", "2014").problem()).as("full-width digits").isEqualTo(Problem.NOT_REAL);
    }

    @Test
    void saysWhichPartIsMissing() {
        assertThat(new DateField().problem()).isEqualTo(Problem.BLANK);
        assertThat(DateField.of(" ", "", null).problem()).isEqualTo(Problem.BLANK);
        assertThat(DateField.of("", "11", "2013").problem()).isEqualTo(Problem.MISSING_DAY);
        assertThat(DateField.of("30", "", "2013").problem()).isEqualTo(Problem.MISSING_MONTH);
        assertThat(DateField.of("30", "11", " ").problem()).isEqualTo(Problem.MISSING_YEAR);
        assertThat(DateField.of("30", "11", "").toDate()).isEmpty();
    }

    @Test
    void aSavedDateFillsTheBoxesAndNoDateLeavesThemEmpty() {
        DateField field = DateField.of(LocalDate.of(2013, 9, 30));
        assertThat(field.getDay()).isEqualTo("30");
        assertThat(field.getMonth()).isEqualTo("9");
        assertThat(field.getYear()).isEqualTo("2013");

        DateField none = DateField.of((LocalDate) null);
        assertThat(none.isBlank()).isTrue();
        assertThat(none.getDay()).isEmpty();
    }
}
