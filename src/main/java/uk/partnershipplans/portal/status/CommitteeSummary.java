package uk.partnershipplans.portal.status;

import java.util.List;
import java.util.Map;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/**
 * What a committee report says of a plan year's progress, from the year's worked-out status: how many actions are
 * completed or on schedule (and which are not), and of the indicators with comparison information, which exceed the
 * national average, which fall short of it, which are in line with it, and which say no more than that they were
 * compared.
 *
 * @param others the actions neither completed nor on track, with their status
 * @param indicators all the year's indicators, compared or not
 */
record CommitteeSummary(YearStatus status, int actions, int completedOrOnSchedule,
        Map<ActionStatus, Long> actionsByStatus, List<ActionAssessment> others, int indicators,
        List<NationalComparison> exceeding, List<NationalComparison> fallingShort, List<NationalComparison> inLine,
        List<NationalComparison> notJudged) {

    public YearFacts year() {
        return status.year();
    }

    public int comparable() {
        return exceeding.size() + fallingShort.size() + inLine.size() + notJudged.size();
    }

    public int withoutComparison() {
        return indicators - comparable();
    }
}
