package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.shared.WebAddress;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the partnership form sends. "Works with" is one line, boards separated by semicolons. */
@Getter
@Setter
@NoArgsConstructor
class PartnershipForm extends VersionedForm {

    @NotBlank(message = "{admin.partnership.name.required}")
    @Size(max = 200, message = "{admin.partnership.name.size}")
    private String name;

    @Size(max = 5000, message = "{admin.partnership.description.size}")
    private String description;

    @Size(max = 200, message = "{admin.partnership.lead-partner.size}")
    private String leadPartner;

    @Size(max = 300, message = "{admin.partnership.reports-to.size}")
    private String reportsTo;

    @Size(max = 500, message = "{admin.partnership.works-with.size}")
    private String worksWith;

    @Size(max = 500, message = "{admin.partnership.url.size}")
    @WebAddress(message = "{admin.partnership.url.format}")
    private String url;

    @Size(max = 200, message = "{admin.partnership.chair.size}")
    private String chair;

    @Size(max = 5000, message = "{admin.partnership.vision.size}")
    private String vision;

    private Long parentId;

    static PartnershipForm of(Partnership partnership) {
        PartnershipForm form = new PartnershipForm();
        form.name = partnership.getName();
        form.description = partnership.getDescription();
        form.leadPartner = partnership.getLeadPartner();
        form.reportsTo = partnership.getReportsTo();
        form.worksWith = partnership.getWorksWith();
        form.url = partnership.getUrl();
        form.chair = partnership.getChair();
        form.vision = partnership.getVision();
        form.parentId = partnership.getParentId();
        form.setVersion(partnership.getVersion());
        return form;
    }
}
