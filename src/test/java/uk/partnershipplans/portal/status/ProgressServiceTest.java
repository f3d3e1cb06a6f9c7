package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.Measures;
import uk.partnershipplans.portal.plan.PlanFacts.MilestoneFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PlanName;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;

/** A year worked out in memory: milestones go to their own action, priorities count what serves them, the year counts once. */
class ProgressServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 10, 15);

    private final PriorityFacts safeguarding = new PriorityFacts(10L, "3.2", "Safeguarding");
    private final PriorityFacts disabled = new PriorityFacts(11L, "3.3", "Disabled children");

    /** On track, serving both priorities; its milestone is done. */
    private final ActionFacts hub = action(1L, "17", null, List.of(10L, 11L));
    /** Slipping: its milestone is late. Serves safeguarding only. */
    private final ActionFacts mash = action(2L, "10", null, List.of(10L));
    /** Completed, serving disabled children only. */
    private final ActionFacts pathfinder = action(3L, "13", ReportedProgress.COMPLETED, List.of(11L));
    /** Cancelled, serving safeguarding. */
    private final ActionFacts dropped = action(4L, "18", ReportedProgress.CANCELLED, List.of(10L));

    private final List<MilestoneFacts> milestones = List.of(
            new MilestoneFacts(1L, 11L, 1L, "Hub operational", null, LocalDate.of(2013, 9, 30), LocalDate.of(2013, 9, 20)),
            new MilestoneFacts(2L, 10L, 2L, "MASH reviewed", null, LocalDate.of(2013, 9, 30), null),
            new MilestoneFacts(3L, 10L, null, "Belongs to no action, late", null, LocalDate.of(2013, 1, 31), null));

    /** Red against its national average, measuring safeguarding (primary) and disabled children (additional). */
    private final IndicatorFacts reReferrals = indicator(20L, "Re-referrals", "30", "25", List.of(new Measures(10L, true),
            new Measures(11L, false)));
    /** Green against its national average, measuring disabled children. */
    private final IndicatorFacts assessments = indicator(21L, "Assessments", "20", "25", List.of(new Measures(11L, true)));

    private final YearFacts year = new YearFacts(1L, "2013-14", new PlanName(1L, "Plan 2011-14", 1L), LocalDate.of(2013, 4, 1),
            LocalDate.of(2014, 3, 31), null, List.of(safeguarding, disabled), List.of(hub, mash, pathfinder, dropped), milestones,
            List.of(reReferrals, assessments));

    @Test
    void eachPriorityCountsTheActionsAndIndicatorsThatServeItAndTheYearCountsEachOnce() {
        YearStatus status = ProgressService.yearStatus(year, new BigDecimal("5"), new AsAt(TODAY, AsAt.Reason.TODAY, null), List.of());

        assertThat(status.actions()).extracting(ActionAssessment::status).containsExactly(ActionStatus.ON_TRACK,
                ActionStatus.SLIPPING, ActionStatus.COMPLETED, ActionStatus.CANCELLED);
        assertThat(status.actions().get(1).milestones().late()).as("only the action's own milestone counts").isEqualTo(1);

        YearStatus.PriorityStatus first = status.priorities().get(0);
        assertThat(first.actions()).extracting(a -> a.action().number()).containsExactly("17", "10", "18");
        assertThat(first.indicators()).extracting(i -> i.indicator().name()).containsExactly("Re-referrals");
        assertThat(first.rollUp().actions()).containsEntry(ActionStatus.ON_TRACK, 1L).containsEntry(ActionStatus.SLIPPING, 1L)
                .containsEntry(ActionStatus.CANCELLED, 1L).containsEntry(ActionStatus.COMPLETED, 0L);
        assertThat(first.rollUp().indicators()).containsEntry(Rag.RED, 1L);
        assertThat(first.rollUp().overall()).as("one red of three rated").isEqualTo(Rag.RED);

        YearStatus.PriorityStatus second = status.priorities().get(1);
        assertThat(second.actions()).extracting(a -> a.action().number()).containsExactly("17", "13");
        assertThat(second.indicators()).hasSize(2);
        assertThat(second.rollUp().overall()).as("one red of four rated").isEqualTo(Rag.AMBER);

        assertThat(status.overall().actions().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(status.overall().indicators()).containsEntry(Rag.RED, 1L).containsEntry(Rag.GREEN, 1L);
        assertThat(status.overall().overall()).as("one red of five rated").isEqualTo(Rag.AMBER);
    }

    @Test
    void theSummaryCountsCompletedOrOnTrackAndNamesTheOthersAndTheComparisons() {
        CommitteeSummary summary = ProgressService.summarise(ProgressService.yearStatus(year, new BigDecimal("5"), new AsAt(TODAY, AsAt.Reason.TODAY, null), List.of()));

        assertThat(summary.actions()).isEqualTo(4);
        assertThat(summary.completedOrOnSchedule()).isEqualTo(2);
        assertThat(summary.others()).extracting(a -> a.action().number()).containsExactly("10", "18");
        assertThat(summary.exceeding()).extracting(c -> c.indicator().name()).containsExactly("Assessments");
        assertThat(summary.fallingShort()).extracting(c -> c.indicator().name()).containsExactly("Re-referrals");
        assertThat(summary.comparable()).isEqualTo(2);
        assertThat(summary.withoutComparison()).isZero();
    }

    private static ActionFacts action(Long id, String number, ReportedProgress reported, List<Long> priorities) {
        List<ReportFacts> reports = reported == null ? List.of()
                : List.of(ActionStatusCalculatorTest.report(LocalDate.of(2013, 10, 1), reported, null));
        return new ActionFacts(id, number, "Action " + number, null, LocalDate.of(2014, 3, 31), null, reports, priorities);
    }

    private static IndicatorFacts indicator(Long id, String name, String figure, String national, List<Measures> measures) {
        ValueFacts value = new ValueFacts(id, "2012/13 annual", LocalDate.of(2013, 3, 31), PeriodType.FINANCIAL_YEAR,
                new BigDecimal(figure), false, null, null, new BigDecimal(national), null, null);
        return new IndicatorFacts(id, name, null, IndicatorUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER, PeriodType.FINANCIAL_YEAR, null,
                false, false, measures, List.of(value), List.of());
    }
}
