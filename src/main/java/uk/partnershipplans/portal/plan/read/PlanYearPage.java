package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;
import java.util.List;

/** A plan year and its priorities: what the /plan-years/{id} page shows. */
record PlanYearPage(YearRef year, LocalDate startDate, LocalDate endDate, String previousYearLabel,
        List<PriorityRow> priorities) {

    record PriorityRow(PriorityRef priority, long actions, long indicators) {
    }
}
