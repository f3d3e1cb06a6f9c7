package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the plan year form sends. */
@Getter
@Setter
@NoArgsConstructor
class PlanYearForm extends VersionedForm {

    @NotBlank(message = "{admin.plan-year.label.required}")
    @Size(max = 20, message = "{admin.plan-year.label.size}")
    private String label;

    @RealDate(name = "admin.plan-year.start-date", example = "1 4 2015", whenBlank = "admin.plan-year.start-date.required")
    private DateField startDate = new DateField();

    @RealDate(name = "admin.plan-year.end-date", example = "31 3 2016", whenBlank = "admin.plan-year.end-date.required")
    private DateField endDate = new DateField();

    @Size(max = 20, message = "{admin.plan-year.previous-year-label.size}")
    private String previousYearLabel;

    /** What the documents the year was entered from do not give, shown with the year's position. */
    @Size(max = 4000, message = "{admin.plan-year.data-note.size}")
    private String dataNote;

    static PlanYearForm of(PlanYear year) {
        PlanYearForm form = new PlanYearForm();
        form.label = year.getLabel();
        form.startDate = DateField.of(year.getStartDate());
        form.endDate = DateField.of(year.getEndDate());
        form.previousYearLabel = year.getPreviousYearLabel();
        form.dataNote = year.getDataNote();
        form.setVersion(year.getVersion());
        return form;
    }
}
