package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.status.ActionAssessment.MilestoneProgress;

/** The action status rules of the help page, case by case, as at 15 October 2013. */
class ActionStatusCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 10, 15);

    /**
     * Milestones are written "due/done" separated by spaces, "-" for no date: "2013-09-30/-" is due on 30 September and
     * not done.
     */
    @ParameterizedTest(name = "{4}: reported {0}, target {1}, milestones [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            |            |                                   | NOT_STARTED | nothing reported, no target date, no milestones
            NOT_STARTED | 2014-03-31 |                       | NOT_STARTED | reported not started, target ahead
            ON_TRACK    | 2014-03-31 |                       | ON_TRACK    | reported on track
            SLIPPING    | 2014-03-31 |                       | SLIPPING    | reported slipping
            COMPLETED   | 2014-03-31 |                       | COMPLETED   | reported completed
            CANCELLED   | 2014-03-31 |                       | CANCELLED   | reported cancelled
                        | 2013-10-15 |                       | NOT_STARTED | target date is today: not overdue yet
            ON_TRACK    | 2013-10-15 |                       | ON_TRACK    | exactly on its target date and on track
            ON_TRACK    | 2013-10-14 |                       | OVERDUE     | target date passed yesterday, whatever was reported
                        | 2013-09-30 |                       | OVERDUE     | target date passed, nothing reported
            SLIPPING    | 2013-09-30 |                       | OVERDUE     | overdue comes before slipping
            COMPLETED   | 2013-09-30 |                       | COMPLETED   | completed after its target date is completed
            CANCELLED   | 2013-09-30 | 2013-09-01/-          | CANCELLED   | cancelled comes first
            COMPLETED   | 2014-03-31 | 2013-09-01/-          | COMPLETED   | completed even with a milestone not done
                        | 2014-03-31 | 2013-10-14/-          | SLIPPING    | a milestone due yesterday is not done
                        | 2014-03-31 | 2013-10-15/-          | NOT_STARTED | a milestone due today is not late yet
            ON_TRACK    | 2014-03-31 | 2013-09-30/-          | SLIPPING    | reported on track, but a milestone is late
                        | 2014-03-31 | 2013-09-30/2013-09-28 | ON_TRACK    | a milestone done on time
                        | 2014-03-31 | 2013-09-30/2013-10-02 | ON_TRACK    | a milestone done late is done
                        | 2014-03-31 | 2013-12-31/2013-10-01 | ON_TRACK    | a milestone done early shows it started
            NOT_STARTED | 2014-03-31 | 2013-12-31/2013-10-01 | ON_TRACK    | reported not started, but a milestone is done
                        | 2014-03-31 | 2013-09-30/2013-09-20 2013-10-01/- | SLIPPING | one done, one late
                        | 2014-03-31 | -/-                   | NOT_STARTED | a milestone with no due date is never late
                        |            | 2013-01-31/-          | SLIPPING    | no target date: never overdue, but can slip
            """)
    void statusOfAnAction(ReportedProgress reported, LocalDate targetDate, String milestones, ActionStatus expected,
            String description) {
        ActionAssessment assessment = ActionStatusCalculator.assess(action(reported, targetDate), milestones(milestones), TODAY);

        assertThat(assessment.status()).as(description).isEqualTo(expected);
    }

    @Test
    void progressCountsTheMilestonesDueByTodayThatAreDone() {
        MilestoneProgress progress = ActionStatusCalculator.progress(milestones(
                "2013-06-30/2013-06-20 2013-09-30/- 2013-10-15/- 2013-12-31/2013-10-01 -/-"), TODAY);

        assertThat(progress).isEqualTo(new MilestoneProgress(5, 3, 1, 2, 1));
    }

    @Test
    void theRulesAreTriedInTheOrderTheHelpPageGives() {
        assertThat(ActionStatusCalculator.RULES_IN_ORDER).containsExactlyInAnyOrder(ActionStatus.values());
        assertThat(ActionStatusCalculator.RULES_IN_ORDER).containsExactly(ActionStatus.CANCELLED, ActionStatus.COMPLETED,
                ActionStatus.OVERDUE, ActionStatus.SLIPPING, ActionStatus.ON_TRACK, ActionStatus.NOT_STARTED);
    }

    @Test
    void eachStatusHasTheColourTheHelpPageGives() {
        assertThat(Arrays.stream(ActionStatus.values()).map(ActionStatus::rag)).containsExactly(
                Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_RATED, Rag.NOT_RATED);
    }

    @Test
    void aReportAsAtALaterDayIsLeftOut() {
        ActionFacts action = action(LocalDate.of(2014, 3, 31), report(LocalDate.of(2013, 9, 30), ReportedProgress.ON_TRACK, null),
                report(TODAY.plusDays(1), ReportedProgress.COMPLETED, null));

        assertThat(ActionStatusCalculator.assess(action, List.of(), TODAY).status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(ActionStatusCalculator.assess(action, List.of(), TODAY.plusDays(1)).status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(ActionStatusCalculator.assess(action, List.of(), LocalDate.of(2013, 9, 29)).status())
                .isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void aRevisedTargetDateCountsFromTheDayOfItsReport() {
        ActionFacts action = action(LocalDate.of(2013, 9, 30),
                report(LocalDate.of(2013, 10, 31), ReportedProgress.SLIPPING, LocalDate.of(2014, 6, 30)));

        ActionAssessment before = ActionStatusCalculator.assess(action, List.of(), LocalDate.of(2013, 10, 30));
        ActionAssessment after = ActionStatusCalculator.assess(action, List.of(), LocalDate.of(2013, 11, 30));

        assertThat(before.status()).isEqualTo(ActionStatus.OVERDUE);
        assertThat(before.targetDate()).isEqualTo(LocalDate.of(2013, 9, 30));
        assertThat(before.retargeted()).isNull();
        assertThat(after.status()).isEqualTo(ActionStatus.SLIPPING);
        assertThat(after.targetDate()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(after.retargeted().revisionReason()).isEqualTo("Consultation extended");
    }

    @Test
    void aMilestoneDoneAfterTheDayIsNotDoneYet() {
        List<MilestoneFacts> milestones = milestones("2013-09-30/2013-11-01");

        assertThat(ActionStatusCalculator.progress(milestones, LocalDate.of(2013, 10, 15)))
                .isEqualTo(new MilestoneProgress(1, 1, 0, 0, 1));
        assertThat(ActionStatusCalculator.progress(milestones, LocalDate.of(2013, 11, 1)))
                .isEqualTo(new MilestoneProgress(1, 1, 1, 1, 0));
    }

    /** An action reported, when {@code reported} is not null, the day before {@link #TODAY}. */
    static ActionFacts action(ReportedProgress reported, LocalDate targetDate) {
        return reported == null ? action(targetDate)
                : action(targetDate, report(TODAY.minusDays(1), reported, null));
    }

    static ActionFacts action(LocalDate targetDate, ReportFacts... reports) {
        return new ActionFacts(1L, "1", "An action", null, targetDate, null, List.of(reports), List.of());
    }

    /** A report as at {@code asAt}; a completed action was completed that day; a revised target date has a reason. */
    static ReportFacts report(LocalDate asAt, ReportedProgress status, LocalDate revisedTargetDate) {
        return new ReportFacts(null, asAt, null, "A round", status, status == ReportedProgress.COMPLETED ? asAt : null,
                revisedTargetDate, revisedTargetDate == null ? null : "Consultation extended", null, "Commentary", List.of(),
                List.of(), null, "lead", asAt.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    static List<MilestoneFacts> milestones(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        long[] id = {0};
        return Arrays.stream(spec.trim().split("\\s+")).map(m -> {
            String[] dates = m.split("/");
            return new MilestoneFacts(++id[0], 1L, 1L, "Milestone " + id[0], null, date(dates[0]), date(dates[1]));
        }).toList();
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }
}
