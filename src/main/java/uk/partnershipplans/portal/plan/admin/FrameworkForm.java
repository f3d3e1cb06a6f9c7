package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.shared.VersionedForm;
import uk.partnershipplans.portal.shared.WebAddress;

/** What the external framework form sends. The partnership is chosen when the framework is added. */
@Getter
@Setter
@NoArgsConstructor
class FrameworkForm extends VersionedForm {

    private Long partnershipId;

    @NotBlank(message = "{admin.framework.name.required}")
    @Size(max = 300, message = "{admin.framework.name.size}")
    private String name;

    @Size(max = 50, message = "{admin.framework.period.size}")
    private String period;

    @Size(max = 500, message = "{admin.framework.url.size}")
    @WebAddress(message = "{admin.framework.url.format}")
    private String url;

    static FrameworkForm of(ExternalFramework framework) {
        FrameworkForm form = new FrameworkForm();
        form.partnershipId = framework.getPartnershipId();
        form.name = framework.getName();
        form.period = framework.getPeriod();
        form.url = framework.getUrl();
        form.setVersion(framework.getVersion());
        return form;
    }
}
