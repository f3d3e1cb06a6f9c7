package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/**
 * What a committee report says of a plan year's progress, worked out from the data: how many actions are completed or
 * on schedule (and which are not), and of the indicators with comparison information, which exceed the national
 * average, which fall short of it and which do neither.
 *
 * @param others the actions neither completed nor on track, with their status
 * @param indicators all the year's indicators, compared or not
 */
record CommitteeSummary(YearFacts year, LocalDate asOf, int actions, int completedOrOnSchedule,
        Map<ActionStatus, Long> actionsByStatus, List<ActionAssessment> others, int indicators,
        List<NationalComparison> exceeding, List<NationalComparison> fallingShort, List<NationalComparison> neither) {

    public int comparable() {
        return exceeding.size() + fallingShort.size() + neither.size();
    }

    public int withoutComparison() {
        return indicators - comparable();
    }
}
