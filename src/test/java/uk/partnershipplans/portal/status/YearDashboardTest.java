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
import uk.partnershipplans.portal.plan.PlanFacts.PlanName;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.status.YearDashboard.Attention;
import uk.partnershipplans.portal.status.YearDashboard.IndicatorRow;

/** What the dashboard lists first, what its filters keep, and the trend it draws, on a small year made in memory. */
class YearDashboardTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 10, 15);
    private static final String COUNCIL = "Nottinghamshire County Council";
    private static final String POLICE = "Nottinghamshire Police";

    private final PriorityFacts safeguarding = new PriorityFacts(10L, "3.2", "Safeguarding");
    private final PriorityFacts disabled = new PriorityFacts(11L, "3.3", "Disabled children");

    /** Overdue (red), led by the council and the police as a list. */
    private final ActionFacts late = action(1L, "1", null, LocalDate.of(2013, 9, 30), "- " + COUNCIL + "\n- " + POLICE, 10L);
    /** Slipping (amber), led by the police. */
    private final ActionFacts slipping = action(2L, "2", ReportedProgress.SLIPPING, LocalDate.of(2014, 3, 31), POLICE, 11L);
    /** On track (green), no lead. */
    private final ActionFacts fine = action(3L, "3", ReportedProgress.ON_TRACK, LocalDate.of(2014, 3, 31), null, 10L);

    /** 63% where higher is better, target 65%: 2 short, within 5% of 65 (3.25), so amber. */
    private final IndicatorFacts amberIndicator = indicator(20L, "Attainment", Polarity.HIGHER_IS_BETTER, 11L,
            value(1L, "2011/12 Q4", LocalDate.of(2012, 3, 31), "60", "62"),
            value(2L, "2012/13 Q4", LocalDate.of(2013, 3, 31), "63", "65"),
            value(3L, "2014/15 Q4", LocalDate.of(2015, 3, 31), "70", "65")); // after the year: not drawn
    /** 30% where lower is better, target 25%: 5 short, more than 5% of 25, so red. */
    private final IndicatorFacts redIndicator = indicator(21L, "Re-referrals", Polarity.LOWER_IS_BETTER, 10L,
            value(4L, "2012/13 Q4", LocalDate.of(2013, 3, 31), "30", "25"));

    private final YearFacts year = new YearFacts(1L, "2013-14", new PlanName(1L, "Plan", 1L), LocalDate.of(2013, 4, 1),
            LocalDate.of(2014, 3, 31), null, List.of(safeguarding, disabled), List.of(slipping, fine, late), List.of(),
            List.of(amberIndicator, redIndicator));

    private final YearStatus status = ProgressService.yearStatus(year, new BigDecimal("5"), new AsAt(TODAY, AsAt.Reason.TODAY, null), List.of());

    @Test
    void redComesBeforeAmberAndActionsBeforeIndicatorsOfTheSameColour() {
        YearDashboard dashboard = YearDashboard.of(status, new DashboardFilter());

        assertThat(dashboard.attention()).extracting(YearDashboardTest::name)
                .containsExactly("Action 1", "Re-referrals", "Action 2", "Attainment");
        assertThat(dashboard.attention()).extracting(Attention::rag).containsExactly(Rag.RED, Rag.RED, Rag.AMBER, Rag.AMBER);
        IndicatorRow amber = dashboard.attention().getContent().get(3).indicator();
        assertThat(amber.assessment().status()).isEqualTo(IndicatorStatus.WITHIN_TOLERANCE);
        assertThat(amber.assessment().benchmark()).isEqualTo(Benchmark.TARGET);
        assertThat(amber.shown(amber.assessment().benchmarkValue())).isEqualTo("65");
        assertThat(dashboard.isFiltered()).isFalse();
        assertThat(dashboard.actions()).hasSize(3);
    }

    @Test
    void eachOrganisationNamedInALeadIsOfferedOnceAndFiltersTheActionsOnly() {
        assertThat(YearDashboard.of(status, new DashboardFilter()).leads()).containsExactly(COUNCIL, POLICE);

        YearDashboard byPolice = YearDashboard.of(status, new DashboardFilter(null, " " + POLICE + " ", null));
        assertThat(byPolice.lead()).isEqualTo(POLICE);
        assertThat(byPolice.actions()).extracting(row -> row.assessment().action().number()).containsExactly("2", "1");
        assertThat(byPolice.indicators()).as("indicators have no lead").hasSize(2);

        YearDashboard byCouncil = YearDashboard.of(status, new DashboardFilter(null, COUNCIL, null));
        assertThat(byCouncil.actions()).extracting(row -> row.assessment().action().number()).containsExactly("1");
    }

    @Test
    void priorityAndColourFilterActionsIndicatorsAndPrioritiesAlike() {
        YearDashboard safeguardingRed = YearDashboard.of(status, new DashboardFilter("10", null, "RED"));
        assertThat(safeguardingRed.priorities()).extracting(p -> p.priority().number()).containsExactly("3.2");
        assertThat(safeguardingRed.actions()).extracting(row -> row.assessment().action().number()).containsExactly("1");
        assertThat(safeguardingRed.indicators()).extracting(row -> row.assessment().indicator().name()).containsExactly("Re-referrals");
        assertThat(safeguardingRed.isFiltered()).isTrue();

        YearDashboard green = YearDashboard.of(status, new DashboardFilter(null, null, "GREEN"));
        assertThat(green.actions()).extracting(row -> row.assessment().action().number()).containsExactly("3");
        assertThat(green.indicators()).isEmpty();
        assertThat(green.attention()).isEmpty();
    }

    @Test
    void valuesThatNameNothingOfTheYearFilterNothing() {
        YearDashboard dashboard = YearDashboard.of(status, new DashboardFilter("99", "Nobody", "PURPLE"));
        assertThat(dashboard.isFiltered()).isFalse();
        assertThat(dashboard.actions()).hasSize(3);
        assertThat(dashboard.indicators()).hasSize(2);
        assertThat(dashboard.priorities()).hasSize(2);
    }

    @Test
    void theTrendDrawsTheYearsFiguresOldestFirstHigherUpTheHigherTheyAre() {
        IndicatorRow attainment = YearDashboard.of(status, new DashboardFilter()).indicators().getContent().get(0);
        assertThat(attainment.series()).extracting(ValueFacts::periodLabel).containsExactly("2011/12 Q4", "2012/13 Q4");

        TrendChart chart = attainment.trend();
        assertThat(chart.highest()).isEqualTo("65");
        assertThat(chart.lowest()).isEqualTo("60");
        assertThat(chart.firstPeriod()).isEqualTo("2011/12 Q4");
        assertThat(chart.lastPeriod()).isEqualTo("2012/13 Q4");
        // 60 at the bottom of the plot (y 124), 63 three fifths of the way up; targets 62 and 65 above them
        assertThat(chart.figureLine()).isEqualTo("100.0,124.0 412.0,55.6");
        assertThat(chart.targetLine()).isEqualTo("100.0,78.4 412.0,10.0");
        assertThat(chart.isLevel()).isFalse();
        assertThat(chart.isSingle()).isFalse();
    }

    @Test
    void aRowsLatestPeriodsAreTheEndOfItsSeries() {
        IndicatorRow attainment = YearDashboard.of(status, new DashboardFilter()).indicators().getContent().get(0);
        assertThat(attainment.latest(1).series()).extracting(ValueFacts::periodLabel).containsExactly("2012/13 Q4");
        assertThat(attainment.latest(8).series()).isEqualTo(attainment.series());
    }

    @Test
    void oneFigureIsDrawnInTheMiddleAndNoFigureDrawsNothing() {
        TrendChart one = TrendChart.of(List.of(value(1L, "2012/13 Q4", LocalDate.of(2013, 3, 31), "30", null)));
        assertThat(one.figureLine()).isEqualTo("256.0,67.0");
        assertThat(one.isLevel()).isTrue();
        assertThat(one.isSingle()).isTrue();
        assertThat(one.targetLine()).isNull();

        ValueFacts tbc = new ValueFacts(2L, "2012/13 Q4", LocalDate.of(2013, 3, 31), PeriodType.QUARTER, null, false, "tbc",
                null, null, null, null);
        assertThat(TrendChart.of(List.of(tbc)).isEmpty()).isTrue();
    }

    private static String name(Attention attention) {
        return attention.action() != null ? "Action " + attention.action().action().number()
                : attention.indicator().assessment().indicator().name();
    }

    private static ActionFacts action(Long id, String number, ReportedProgress reported, LocalDate target, String lead,
            Long priority) {
        List<ReportFacts> reports = reported == null ? List.of()
                : List.of(ActionStatusCalculatorTest.report(TODAY.minusDays(1), reported, null));
        return new ActionFacts(id, number, "Action " + number, null, target, lead, reports, List.of(priority));
    }

    private static IndicatorFacts indicator(Long id, String name, Polarity polarity, Long priority, ValueFacts... values) {
        return new IndicatorFacts(id, name, null, IndicatorUnit.PERCENTAGE, polarity, PeriodType.QUARTER, null, false, false,
                List.of(new Measures(priority, true)), List.of(values), List.of());
    }

    private static ValueFacts value(Long id, String period, LocalDate end, String figure, String target) {
        return new ValueFacts(id, period, end, PeriodType.QUARTER, new BigDecimal(figure), false, null,
                target == null ? null : new BigDecimal(target), null, null, null);
    }
}
