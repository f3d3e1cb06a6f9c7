package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.ReportFacts;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * An action with what it serves, its milestones and every report of its progress, newest first (each approved update
 * round by round, and the board's own records): what the /actions/{id} page shows.
 */
public record ActionPage(YearRef year, Long id, String number, Narrative text, String targetWording, LocalDate targetDate,
        Narrative lead, List<PriorityRef> priorities, List<FrameworkAmbitions> frameworks, List<ReportFacts> reports,
        List<MilestoneRow> milestones) {

    /** The ambitions of one external framework that the action supports. */
    record FrameworkAmbitions(String framework, List<String> ambitions) {
    }

    /** The latest report, or null while nobody has reported. */
    public ReportFacts latest() {
        return reports.isEmpty() ? null : reports.get(0);
    }
}
