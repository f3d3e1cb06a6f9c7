package uk.partnershipplans.portal.governance;

import java.time.LocalDate;
import java.util.List;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * An equality impact assessment as a published plan prints it: what it assesses, what it says first, its parts in
 * order, and who approved it and when (null when not recorded).
 */
public record PublishedAssessment(String subject, Narrative introduction, List<Part> parts, String approvedBy,
        LocalDate approvedOn) {

    /**
     * A part: its title, the information used, the summary of impacts, its rows and actions, the outcome (the name of
     * its value, {@code NO_MAJOR_CHANGE}, {@code ADJUST}, {@code CONTINUE} or {@code STOP}, worded by the messages
     * {@code equality.outcome.*}; null when not recorded), why, and the monitoring.
     */
    public record Part(String title, Narrative informationUsed, Narrative summary, List<Row> rows, List<Action> actions,
            String outcome, Narrative outcomeReason, Narrative monitoring) {
    }

    /** A row for one protected characteristic or group, named as the assessment names it. */
    public record Row(String area, String positiveImpact, String adverseImpact, String unmetNeed, String evidence) {
    }

    /** An action with its lead and date (either may be null). */
    public record Action(String text, String lead, LocalDate dueOn) {
    }
}
