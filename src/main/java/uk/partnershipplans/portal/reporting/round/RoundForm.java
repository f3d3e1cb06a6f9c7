package uk.partnershipplans.portal.reporting.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form to open a round, or to change an open one, sends. The plan year is chosen only when opening. */
@Getter
@Setter
@NoArgsConstructor
class RoundForm extends VersionedForm {

    private Long planYearId;

    @NotBlank(message = "{rounds.name.required}")
    @Size(max = 200, message = "{rounds.name.size}")
    private String name;

    private DateField periodEnd = new DateField();

    private DateField deadline = new DateField();

    /** The admin opening the round has been told its deadline has passed, and opens it anyway. */
    private boolean pastDeadlineConfirmed;

    static RoundForm of(ReportingRound round) {
        RoundForm form = new RoundForm();
        form.planYearId = round.getPlanYearId();
        form.name = round.getName();
        form.periodEnd = DateField.of(round.getPeriodEnd());
        form.deadline = DateField.of(round.getDeadline());
        form.setVersion(round.getVersion());
        return form;
    }
}
