package uk.partnershipplans.portal.governance.risk;

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
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a risk sends. The year is optional (a risk to the whole plan), and so are the priorities. */
@Getter
@Setter
@NoArgsConstructor
class RiskForm extends VersionedForm {

    private static final int TEXT = 10_000;

    @NotBlank(message = "{risk.title.required}")
    @Size(max = 300, message = "{risk.title.size}")
    private String title;

    @Size(max = TEXT, message = "{risk.text.size}")
    private String description;

    @NotBlank(message = "{risk.area.required}")
    @Size(max = 200, message = "{risk.area.size}")
    private String area;

    @Size(max = TEXT, message = "{risk.text.size}")
    private String cause;

    @NotNull(message = "{risk.likelihood.required}")
    @Min(value = 1, message = "{risk.likelihood.required}")
    @Max(value = 5, message = "{risk.likelihood.required}")
    private Integer likelihood;

    @NotNull(message = "{risk.impact.required}")
    @Min(value = 1, message = "{risk.impact.required}")
    @Max(value = 5, message = "{risk.impact.required}")
    private Integer impact;

    @NotBlank(message = "{risk.owner.required}")
    @Size(max = 300, message = "{risk.owner.size}")
    private String owner;

    @Size(max = TEXT, message = "{risk.text.size}")
    private String mitigations;

    @RealDate(name = "risk.review-date.name", example = "31 3 2027", whenBlank = "risk.review-date.required")
    private DateField reviewDate = new DateField();

    /** The year the risk is to; null for the whole plan. */
    private Long planYearId;

    private List<Long> priorityIds = new ArrayList<>();

    static RiskForm of(Risk risk) {
        RiskForm form = new RiskForm();
        form.title = risk.getTitle();
        form.description = risk.getDescription();
        form.area = risk.getArea();
        form.cause = risk.getCause();
        form.likelihood = risk.getLikelihood();
        form.impact = risk.getImpact();
        form.owner = risk.getOwner();
        form.mitigations = risk.getMitigations();
        form.reviewDate = DateField.of(risk.getReviewDate());
        form.planYearId = risk.getPlanYearId();
        form.priorityIds = new ArrayList<>(risk.getPriorityIds());
        form.setVersion(risk.getVersion());
        return form;
    }
}
