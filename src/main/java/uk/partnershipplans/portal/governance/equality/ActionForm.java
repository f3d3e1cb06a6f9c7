package uk.partnershipplans.portal.governance.equality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of an action of a part sends: what will be done, who leads it and by when (both optional). */
@Getter
@Setter
@NoArgsConstructor
class ActionForm extends VersionedForm {

    @Min(value = 1, message = "{equality.position.range}")
    @Max(value = 999, message = "{equality.position.range}")
    private Integer position;

    @NotBlank(message = "{equality.action.text.required}")
    @Size(max = 2_000, message = "{equality.action.text.size}")
    private String text;

    @Size(max = 300, message = "{equality.action.lead.size}")
    private String lead;

    @RealDate(name = "equality.action.due-on.name", example = "31 3 2014")
    private DateField dueOn = new DateField();

    static ActionForm of(AssessmentAction action) {
        ActionForm form = new ActionForm();
        form.position = action.getPosition();
        form.text = action.getText();
        form.lead = action.getLead();
        form.dueOn = DateField.of(action.getDueOn());
        form.setVersion(action.getVersion());
        return form;
    }
}
