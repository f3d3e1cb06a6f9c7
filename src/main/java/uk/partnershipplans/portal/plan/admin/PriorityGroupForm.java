package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the admin form for priorities under one heading sends: the heading as the action summary words it, as the
 * indicator table words it (blank for the same), the heading's footnote, and the year's priorities it covers.
 */
@Getter
@Setter
@NoArgsConstructor
class PriorityGroupForm extends VersionedForm {

    @NotBlank(message = "{admin.priority-group.actions-heading.required}")
    @Size(max = 1000, message = "{admin.priority-group.heading.size}")
    private String actionsHeading;

    @Size(max = 1000, message = "{admin.priority-group.heading.size}")
    private String indicatorsHeading;

    @Size(max = 1000, message = "{admin.priority-group.footnote.size}")
    private String footnote;

    private List<Long> priorityIds = new ArrayList<>();

}
