package uk.partnershipplans.portal.refresh.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;

/** What the new plan form sends: the new plan and its first year. Sent again, hidden, by the summary's buttons. */
@Getter
@Setter
@NoArgsConstructor
class NewPlanForm {

    @NotBlank(message = "{refresh.plan.title.required}")
    @Size(max = 300, message = "{refresh.plan.title.size}")
    private String title;

    @NotNull(message = "{refresh.plan.start-year.required}")
    @Min(value = 1990, message = "{refresh.plan.year.range}")
    @Max(value = 2100, message = "{refresh.plan.year.range}")
    private Integer startYear;

    @NotNull(message = "{refresh.plan.end-year.required}")
    @Min(value = 1990, message = "{refresh.plan.year.range}")
    @Max(value = 2100, message = "{refresh.plan.year.range}")
    private Integer endYear;

    @Size(max = 10000, message = "{refresh.plan.vision.size}")
    private String vision;

    @NotBlank(message = "{refresh.plan.year-label.required}")
    @Size(max = 20, message = "{refresh.plan.year-label.size}")
    private String yearLabel;

    @RealDate(name = "refresh.plan.year-start", example = "1 4 2014", whenBlank = "refresh.plan.year-start.required")
    private DateField yearStart = new DateField();

    @RealDate(name = "refresh.plan.year-end", example = "31 3 2015", whenBlank = "refresh.plan.year-end.required")
    private DateField yearEnd = new DateField();
}
