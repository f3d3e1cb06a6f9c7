package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the partner organisation form sends. */
@Getter
@Setter
@NoArgsConstructor
public class OrganisationForm extends VersionedForm {

    @NotBlank(message = "{admin.organisation.name.required}")
    @Size(max = 200, message = "{admin.organisation.name.size}")
    private String name;

    @Size(max = 50, message = "{admin.organisation.short-name.size}")
    private String shortName;

    @NotNull(message = "{admin.organisation.kind.required}")
    private Long kindId;

    @NotNull(message = "{admin.organisation.category.required}")
    private PartnerCategory category;

    private Long parentId;

    @Size(max = 5000, message = "{admin.organisation.notes.size}")
    private String notes;

    static OrganisationForm of(PartnerOrganisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.shortName = organisation.getShortName();
        form.kindId = organisation.getKind().getId();
        form.category = organisation.getCategory();
        form.parentId = organisation.getParent() == null ? null : organisation.getParent().getId();
        form.notes = organisation.getNotes();
        form.setVersion(organisation.getVersion());
        return form;
    }
}
