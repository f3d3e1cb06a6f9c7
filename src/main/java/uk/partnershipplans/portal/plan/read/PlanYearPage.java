package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanStatus;

/** A plan year and its priorities: what the /plan-years/{id} page shows. */
record PlanYearPage(YearRef year, LocalDate startDate, LocalDate endDate, String previousYearLabel, PlanStatus status,
        LocalDate approvedOn, String approvedBy, List<PriorityRow> priorities) {

    record PriorityRow(PriorityRef priority, long actions, long indicators) {
    }
}
