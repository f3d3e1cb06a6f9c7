package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the admin priority form sends: the priority's place in the plan and, as a first part of its narrative, its
 * focus points. The rest of the narrative is edited at /priorities/{id}/edit.
 */
@Getter
@Setter
@NoArgsConstructor
class PriorityStructureForm extends VersionedForm {

    @NotBlank(message = "{admin.priority.number.required}")
    @Size(max = 20, message = "{admin.priority.number.size}")
    private String number;

    @NotBlank(message = "{admin.priority.title.required}")
    @Size(max = 500, message = "{admin.priority.title.size}")
    private String title;

    @Size(max = 2000, message = "{admin.priority.lead.size}")
    private String leadResponsibility;

    private Long operationalObjectiveId;

    @Size(max = 10000, message = "{admin.priority.focus-points.size}")
    private String focusPoints;

}
