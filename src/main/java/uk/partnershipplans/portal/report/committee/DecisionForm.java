package uk.partnershipplans.portal.report.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form recording the decision on a recommendation sends: the decision, the body, the meeting and the day. */
@Getter
@Setter
@NoArgsConstructor
class DecisionForm extends VersionedForm {

    @NotNull(message = "{committee.decision.required}")
    private Decision decision;

    @NotBlank(message = "{committee.decision.body.required}")
    @Size(max = 300, message = "{committee.decision.body.size}")
    private String decidedBy;

    @Size(max = 300, message = "{committee.decision.meeting.size}")
    private String meeting;

    private DateField decidedOn = new DateField();

    @Size(max = 5_000, message = "{committee.decision.note.size}")
    private String note;

    static DecisionForm of(Recommendation recommendation) {
        DecisionForm form = new DecisionForm();
        form.decision = recommendation.getDecision();
        form.decidedBy = recommendation.getDecidedBy() != null ? recommendation.getDecidedBy()
                : recommendation.getReport().getMeeting();
        form.meeting = recommendation.getDecisionMeeting() != null ? recommendation.getDecisionMeeting()
                : recommendation.getReport().getMeeting() + ", " + Dates.day(recommendation.getReport().getMeetingDate());
        form.decidedOn = DateField.of(recommendation.getDecidedOn() != null ? recommendation.getDecidedOn()
                : recommendation.getReport().getMeetingDate());
        form.note = recommendation.getDecisionNote();
        form.setVersion(recommendation.getVersion());
        return form;
    }
}
