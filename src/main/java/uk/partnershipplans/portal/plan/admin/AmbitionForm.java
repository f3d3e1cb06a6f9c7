package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.framework.FrameworkAmbition;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for an ambition of an external framework sends. */
@Getter
@Setter
@NoArgsConstructor
class AmbitionForm extends VersionedForm {

    @NotBlank(message = "{admin.ambition.short-name.required}")
    @Size(max = 100, message = "{admin.ambition.short-name.size}")
    private String shortName;

    @Size(max = 10000, message = "{admin.ambition.description.size}")
    private String description;

    static AmbitionForm of(FrameworkAmbition ambition) {
        AmbitionForm form = new AmbitionForm();
        form.shortName = ambition.getShortName();
        form.description = ambition.getDescription();
        form.setVersion(ambition.getVersion());
        return form;
    }
}
