package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.framework.ExternalFramework;
import uk.partnershipplans.portal.plan.model.Plan;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the plan form sends. The partnership is chosen when the plan is added and does not change. */
@Getter
@Setter
@NoArgsConstructor
class PlanForm extends VersionedForm {

    private Long partnershipId;

    @NotBlank(message = "{admin.plan.title.required}")
    @Size(max = 300, message = "{admin.plan.title.size}")
    private String title;

    @NotNull(message = "{admin.plan.start-year.required}")
    @Min(value = 1990, message = "{admin.plan.year.range}")
    @Max(value = 2100, message = "{admin.plan.year.range}")
    private Integer startYear;

    @NotNull(message = "{admin.plan.end-year.required}")
    @Min(value = 1990, message = "{admin.plan.year.range}")
    @Max(value = 2100, message = "{admin.plan.year.range}")
    private Integer endYear;

    @Size(max = 10000, message = "{admin.plan.vision.size}")
    private String vision;

    @NotNull(message = "{admin.plan.status.required}")
    private PlanStatus status;

    /** The frameworks of the plan's partnership that it works towards. */
    private List<Long> frameworkIds = new ArrayList<>();

    static PlanForm of(Plan plan) {
        PlanForm form = new PlanForm();
        form.partnershipId = plan.getPartnershipId();
        form.title = plan.getTitle();
        form.startYear = plan.getStartYear();
        form.endYear = plan.getEndYear();
        form.vision = plan.getVision();
        form.status = plan.getStatus();
        form.frameworkIds = new ArrayList<>(plan.getFrameworks().stream().map(ExternalFramework::getId).toList());
        form.setVersion(plan.getVersion());
        return form;
    }
}
