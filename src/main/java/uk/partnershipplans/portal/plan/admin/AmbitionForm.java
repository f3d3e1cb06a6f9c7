package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.FrameworkAmbition;

/** What the form for an ambition of an external framework sends. */
@Getter
@Setter
@NoArgsConstructor
class AmbitionForm {

    @NotBlank(message = "{admin.ambition.short-name.required}")
    @Size(max = 100, message = "{admin.ambition.short-name.size}")
    private String shortName;

    @Size(max = 10000, message = "{admin.ambition.description.size}")
    private String description;

    private Long version;

    static AmbitionForm of(FrameworkAmbition ambition) {
        AmbitionForm form = new AmbitionForm();
        form.shortName = ambition.getShortName();
        form.description = ambition.getDescription();
        form.version = ambition.getVersion();
        return form;
    }
}
