package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.plan.ReportedProgress;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.VersionedForm;

/** The action form, for a new action or an existing one. The target date is checked in {@link ActionEditService}. */
@Getter
@Setter
class ActionForm extends VersionedForm {

    @NotBlank(message = "{edit.action.number.required}")
    @Size(max = 20, message = "{edit.action.number.size}")
    private String number;

    @NotBlank(message = "{edit.action.text.required}")
    @Size(max = 2000, message = "{edit.action.text.size}")
    private String text;

    @Size(max = 100, message = "{edit.action.target-wording.size}")
    private String targetWording;

    private DateField targetDate = new DateField();

    @Size(max = 2000, message = "{edit.action.lead.size}")
    private String lead;

    @NotEmpty(message = "{edit.action.priorities.required}")
    private List<Long> priorityIds = new ArrayList<>();

    private List<Long> ambitionIds = new ArrayList<>();

    /** Empty while nobody has reported on the action. */
    private ReportedProgress reportedStatus;

    /** Given only for a completed action; checked in {@link ActionEditService}. */
    private DateField completedOn = new DateField();
}
