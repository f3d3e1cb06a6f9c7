package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.IndicatorValue;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;

/**
 * What the form for an indicator's figure for one period sends. Which figures make sense depends on the indicator's
 * unit (a percentage is 0 to 100); the service checks that.
 */
@Getter
@Setter
@NoArgsConstructor
class IndicatorValueForm {

    @NotBlank(message = "{admin.value.period-label.required}")
    @Size(max = 50, message = "{admin.value.period-label.size}")
    private String periodLabel;

    @RealDate(name = "admin.value.period-end.name", example = "31 3 2016")
    private DateField periodEnd = new DateField();

    @Digits(integer = 10, fraction = 4, message = "{admin.value.figure.digits}")
    private BigDecimal figure;

    @Size(max = 100, message = "{admin.value.not-available.size}")
    private String notAvailableReason;

    private boolean provisional;

    @Digits(integer = 10, fraction = 4, message = "{admin.value.national-average.digits}")
    private BigDecimal nationalAverage;

    @Digits(integer = 10, fraction = 4, message = "{admin.value.statistical-neighbour.digits}")
    private BigDecimal statisticalNeighbour;

    @Digits(integer = 10, fraction = 4, message = "{admin.value.target.digits}")
    private BigDecimal target;

    @Size(max = 200, message = "{admin.value.comparison.size}")
    private String nationalComparison;

    @Size(max = 1000, message = "{admin.value.note.size}")
    private String note;

    private Long version;

    static IndicatorValueForm of(IndicatorValue value) {
        IndicatorValueForm form = new IndicatorValueForm();
        form.periodLabel = value.getPeriodLabel();
        form.periodEnd = DateField.of(value.getPeriodEnd());
        form.figure = plain(value.getFigure());
        form.notAvailableReason = value.getNotAvailableReason();
        form.provisional = value.isProvisional();
        form.nationalAverage = plain(value.getNationalAverage());
        form.statisticalNeighbour = plain(value.getStatisticalNeighbour());
        form.target = plain(value.getTarget());
        form.nationalComparison = value.getNationalComparison();
        form.note = value.getNote();
        form.version = value.getVersion();
        return form;
    }

    /** 12.5000 as stored reads back as 12.5. */
    static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().scale() < 0
                ? number.setScale(0) : number.stripTrailingZeros();
    }
}
