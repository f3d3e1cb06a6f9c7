package uk.partnershipplans.portal.governance.consultation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Narrative;
import uk.partnershipplans.portal.shared.Numbering;

/**
 * A consultation as its pages and its document show it: the consultation, its year, a page of its submissions (or all
 * of them, for the document), and the names of the year's priorities and actions they concern ("3.1 Early help").
 */
record ConsultationView(Consultation consultation, YearFacts year, Page<Submission> submissions, long received,
        Map<Long, String> priorityNames, Map<Long, String> actionNames) {

    static ConsultationView of(Consultation consultation, YearFacts year, Page<Submission> submissions, long received) {
        return new ConsultationView(consultation, year, submissions, received,
                year.priorities().stream().collect(Collectors.toMap(PriorityFacts::id, p -> p.number() + " " + p.title())),
                year.actions().stream().collect(Collectors.toMap(ActionFacts::id, a -> a.number() + " " + a.text())));
    }

    public Narrative whoWasAsked() {
        return Narrative.parse(consultation.getWhoWasAsked());
    }

    public Narrative summary() {
        return Narrative.parse(consultation.getSummary());
    }

    /** A submission's text as narrative: what it said, the response, or how the plan was changed. */
    public Narrative narrative(String text) {
        return Narrative.parse(text);
    }

    /** The names of the priorities and actions a submission concerns, priorities first, each in the plan's order. */
    public List<String> concerns(Submission submission) {
        return Stream.concat(
                submission.getPriorityIds().stream().map(priorityNames::get).sorted(Numbering.ORDER),
                submission.getActionIds().stream().map(actionNames::get).sorted(Numbering.ORDER)).toList();
    }
}
