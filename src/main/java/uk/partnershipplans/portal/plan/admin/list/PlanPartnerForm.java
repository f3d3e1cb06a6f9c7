package uk.partnershipplans.portal.plan.admin.list;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.plan.model.PlanPartner;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a partner a plan names sends: the organisation (when it is added), its category and the words the plan adds. */
@Getter
@Setter
@NoArgsConstructor
class PlanPartnerForm extends VersionedForm {

    private Long organisationId;

    @NotNull(message = "{admin.plan-partner.category.required}")
    private PartnerCategory category;

    @Size(max = 300, message = "{admin.plan-partner.qualifier.size}")
    private String qualifier;

    static PlanPartnerForm of(PlanPartner partner) {
        PlanPartnerForm form = new PlanPartnerForm();
        form.organisationId = partner.getOrganisationId();
        form.category = partner.getCategory();
        form.qualifier = partner.getQualifier();
        form.setVersion(partner.getVersion());
        return form;
    }
}
