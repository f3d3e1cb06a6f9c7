package uk.partnershipplans.portal.plan.admin.list;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.SupportedInitiative;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for work a plan supports sends. The place is optional: left empty, it goes at the end. */
@Getter
@Setter
@NoArgsConstructor
class InitiativeForm extends VersionedForm {

    @Min(value = 1, message = "{admin.initiative.position.range}")
    @Max(value = 999, message = "{admin.initiative.position.range}")
    private Integer position;

    @NotBlank(message = "{admin.initiative.title.required}")
    @Size(max = 300, message = "{admin.initiative.title.size}")
    private String title;

    @Size(max = 5000, message = "{admin.initiative.description.size}")
    private String description;

    @Size(max = 300, message = "{admin.initiative.lead.size}")
    private String lead;

    @Size(max = 300, message = "{admin.initiative.accountable.size}")
    private String accountablePartnership;

    @Size(max = 5000, message = "{admin.initiative.support.size}")
    private String support;

    static InitiativeForm of(SupportedInitiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.position = initiative.getPosition();
        form.title = initiative.getTitle();
        form.description = initiative.getDescription();
        form.lead = initiative.getLead();
        form.accountablePartnership = initiative.getAccountablePartnership();
        form.support = initiative.getSupport();
        form.setVersion(initiative.getVersion());
        return form;
    }
}
