package uk.partnershipplans.portal.plan.read;

import java.util.List;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.shared.Narrative;

/** A plan as a whole: what the /plans/{id} page shows. */
record PlanPage(PlanRef plan, String partnershipName, PlanStatus status, Narrative vision, List<YearRef> years,
        List<Numbered> themes, List<Numbered> principles, List<Objective> objectives, List<NarrativeSection> sections,
        List<Initiative> initiatives, List<Partner> relevantPartners, List<Partner> otherPartners,
        List<Framework> frameworks, List<Reference> references) {

    record Numbered(String number, String title, Narrative description) {
    }

    record Objective(String number, String title, Narrative description, List<Operational> operationalObjectives) {
    }

    /** An operational objective with the priorities of the plan's years that serve it. */
    record Operational(String number, String title, Narrative description, List<ServedBy> priorities) {
    }

    record ServedBy(PriorityRef priority, String yearLabel) {
    }

    record Initiative(String title, Narrative description, String lead, String accountablePartnership,
            Narrative support) {
    }

    /** A document the plan refers to: {@code dated} as the plan gives it, or null. */
    record Reference(WebLink link, String dated) {
    }

    /** A partner the plan names, with the words the plan adds to its name ({@code qualifier}, or null). */
    record Partner(String name, String qualifier, String kind, String parentName) {
    }

    record Framework(String name, String period, WebLink link, List<Ambition> ambitions) {
    }

    record Ambition(String name, Narrative description) {
    }
}
