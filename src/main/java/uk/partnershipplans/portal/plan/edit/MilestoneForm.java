package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.VersionedForm;

/** A milestone of a priority: the dates are checked in {@link MilestoneEditService}. */
@Getter
@Setter
class MilestoneForm extends VersionedForm {

    @NotBlank(message = "{edit.milestone.text.required}")
    @Size(max = 2000, message = "{edit.milestone.text.size}")
    private String text;

    @Size(max = 100, message = "{edit.milestone.due-wording.size}")
    private String dueWording;

    private DateField dueDate = new DateField();

    /** Empty for a milestone that belongs to no action. */
    private Long actionId;

    private DateField completedOn = new DateField();
}
