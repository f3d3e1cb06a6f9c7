package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.shared.Narrative;

/** A priority with its narrative, actions, milestones and indicators: what the /priorities/{id} page shows. */
public record PriorityPage(YearRef year, PriorityRef priority, Serves serves, List<NarrativeSection> sections,
        Narrative leadResponsibility, List<WebLink> links, List<ActionRow> actions, List<MilestoneRow> milestones,
        List<IndicatorRow> indicators) {

    /** The operational objective the priority serves, under its strategic objective; null when it names none. */
    record Serves(String number, String title, String strategicNumber, String strategicTitle) {
    }

    /** {@code latest}: the action's latest report of progress; null while nobody has reported. */
    record ActionRow(Long id, String number, Narrative text, String targetWording, LocalDate targetDate, ReportFacts latest) {
    }

    record IndicatorRow(Long id, String name, boolean primary, CurrentPerformance performance) {
    }
}
