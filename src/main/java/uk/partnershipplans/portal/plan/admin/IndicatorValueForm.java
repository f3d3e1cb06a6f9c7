package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.FigureRule;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the form for an indicator's figure for one period sends. The figures are kept as typed ("5.00%", "1,200") so
 * that a form with errors shows them again; the service reads them with {@link FigureRule} in the indicator's unit.
 */
@Getter
@Setter
@NoArgsConstructor
class IndicatorValueForm extends VersionedForm {

    @NotBlank(message = "{admin.value.period-label.required}")
    @Size(max = 50, message = "{admin.value.period-label.size}")
    private String periodLabel;

    @RealDate(name = "admin.value.period-end.name", example = "31 3 2016")
    private DateField periodEnd = new DateField();

    private String figure;

    @Size(max = 100, message = "{admin.value.not-available.size}")
    private String notAvailableReason;

    private boolean provisional;

    private String nationalAverage;

    private String statisticalNeighbour;

    private String target;

    @Size(max = 200, message = "{admin.value.comparison.size}")
    private String nationalComparison;

    @Size(max = 1000, message = "{admin.value.note.size}")
    private String note;

    static IndicatorValueForm of(IndicatorValue value) {
        IndicatorValueForm form = new IndicatorValueForm();
        form.periodLabel = value.getPeriodLabel();
        form.periodEnd = DateField.of(value.getPeriodEnd());
        form.figure = FigureRule.typed(value.getFigure());
        form.notAvailableReason = value.getNotAvailableReason();
        form.provisional = value.isProvisional();
        form.nationalAverage = FigureRule.typed(value.getNationalAverage());
        form.statisticalNeighbour = FigureRule.typed(value.getStatisticalNeighbour());
        form.target = FigureRule.typed(value.getTarget());
        form.nationalComparison = value.getNationalComparison();
        form.note = value.getNote();
        form.setVersion(value.getVersion());
        return form;
    }
}
