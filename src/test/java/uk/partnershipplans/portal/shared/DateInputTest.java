package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import uk.partnershipplans.portal.shared.Refusal.Problem;

class DateInputTest {

    private static final DateInput TARGET = new DateInput("targetDate", "edit.action.target-date.name", "30 11 2013");

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aRealDateIsReadWithNoProblem() {
        assertThat(TARGET.optional(DateField.of("30", "Nov", "2013"), problems::add)).contains(LocalDate.of(2013, 11, 30));
        assertThat(problems).isEmpty();
    }

    @Test
    void aBlankOptionalDateIsNoDateAndNoProblem() {
        assertThat(TARGET.optional(new DateField(), problems::add)).isEmpty();
        assertThat(TARGET.optional(null, problems::add)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aBlankRequiredDateIsReportedWithItsOwnMessage() {
        assertThat(TARGET.required(new DateField(), "rounds.date.required", problems::add)).isEmpty();
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                tuple("targetDate", "rounds.date.required"));
    }

    @Test
    void eachWayOfFillingItInWronglyHasItsMessageNamingTheDateAndGivingAnExample() {
        TARGET.optional(DateField.of("", "11", "2013"), problems::add);
        TARGET.optional(DateField.of("30", "", "2013"), problems::add);
        TARGET.optional(DateField.of("30", "11", ""), problems::add);
        TARGET.optional(DateField.of("31", "2", "2013"), problems::add);
        TARGET.optional(DateField.of("30", "11", "13"), problems::add);
        assertThat(problems).extracting(Problem::code).containsExactly("date.missing-day", "date.missing-month",
                "date.missing-year", "date.not-real", "date.not-real");
        assertThat(problems.get(0).args()[1]).isEqualTo("30 11 2013");
        assertThat(((MessageSourceResolvable) problems.get(0).args()[0]).getCodes())
                .containsExactly("edit.action.target-date.name");
    }

    @Test
    void aYearOutsideTheSensibleRangeIsRefused() {
        assertThat(TARGET.optional(DateField.of("31", "12", "9999"), problems::add)).isEmpty();
        assertThat(TARGET.optional(DateField.of("1", "1", "1066"), problems::add)).isEmpty();
        assertThat(TARGET.optional(DateField.of("31", "12", "2100"), problems::add)).contains(LocalDate.of(2100, 12, 31));
        assertThat(problems).extracting(Problem::code).containsExactly("date.out-of-range", "date.out-of-range");
    }

    @Test
    void aDateOfWhatHappenedMayNotBeInTheFuture() {
        LocalDate today = LocalDate.of(2013, 11, 30);
        assertThat(TARGET.notAfter(today, DateField.of("30", "11", "2013"), null, problems::add)).contains(today);
        assertThat(TARGET.notAfter(today, DateField.of("1", "12", "2013"), null, problems::add)).isEmpty();
        assertThat(TARGET.notAfter(today, new DateField(), "rounds.date.required", problems::add)).isEmpty();
        assertThat(problems).extracting(Problem::code).containsExactly("date.future", "rounds.date.required");
    }
}
