package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form sends that says how a plan year reports an indicator. The year is chosen when it is added. */
@Getter
@Setter
@NoArgsConstructor
class ReportingForm extends VersionedForm {

    /** Sent only when the indicator is added to a year; the service refuses an addition without it. */
    private Long planYearId;

    /** Empty, KEY_OUTCOME or SUPPLEMENTARY: a plain string so that "neither" can be chosen as a radio. */
    private String category = "";

    private boolean newIndicator;

    private boolean inDevelopment;

    @Size(max = 500, message = "{admin.reporting.also-reported-in.size}")
    private String alsoReportedIn;

    static ReportingForm of(PlanYearIndicator reporting) {
        ReportingForm form = new ReportingForm();
        form.planYearId = reporting.getPlanYear().getId();
        form.category = reporting.getCategory() == null ? "" : reporting.getCategory().name();
        form.newIndicator = reporting.isNewIndicator();
        form.inDevelopment = reporting.isInDevelopment();
        form.alsoReportedIn = reporting.getAlsoReportedIn();
        form.setVersion(reporting.getVersion());
        return form;
    }
}
