package uk.partnershipplans.portal.plan.read;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * An action with what it serves, what its lead last reported and its milestones: what the /actions/{id} page shows.
 * {@code reportedStatus} is null while nobody has reported.
 */
public record ActionPage(YearRef year, Long id, String number, Narrative text, String targetWording, LocalDate targetDate,
        Narrative lead, List<PriorityRef> priorities, List<FrameworkAmbitions> frameworks, ReportedProgress reportedStatus,
        LocalDate completedOn, List<MilestoneRow> milestones) {

    /** The ambitions of one external framework that the action supports. */
    record FrameworkAmbitions(String framework, List<String> ambitions) {
    }
}
