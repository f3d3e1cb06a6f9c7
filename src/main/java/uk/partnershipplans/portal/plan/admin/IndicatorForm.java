package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.IndicatorUnit;
import uk.partnershipplans.portal.plan.Polarity;
import uk.partnershipplans.portal.plan.model.indicator.Indicator;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;
import uk.partnershipplans.portal.plan.model.indicator.ReportingFrequency;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the indicator definition form sends. Unit, polarity, frequency and period type may stay empty only while the
 * indicator is still being developed.
 */
@Getter
@Setter
@NoArgsConstructor
class IndicatorForm extends VersionedForm {

    private Long partnershipId;

    @NotBlank(message = "{admin.indicator.name.required}")
    @Size(max = 500, message = "{admin.indicator.name.size}")
    private String name;

    @Size(max = 50, message = "{admin.indicator.code.size}")
    private String code;

    @Size(max = 10000, message = "{admin.indicator.definition.size}")
    private String definition;

    private IndicatorUnit unit;

    private Polarity polarity;

    private ReportingFrequency frequency;

    private PeriodType periodType;

    @Size(max = 300, message = "{admin.indicator.source.size}")
    private String source;

    /** Empty for the portal's default tolerance. */
    @DecimalMin(value = "0", message = "{admin.indicator.tolerance.range}")
    @DecimalMax(value = "100", message = "{admin.indicator.tolerance.range}")
    @Digits(integer = 3, fraction = 2, message = "{admin.indicator.tolerance.digits}")
    private BigDecimal tolerancePercent;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.partnershipId = indicator.getPartnershipId();
        form.name = indicator.getName();
        form.code = indicator.getCode();
        form.definition = indicator.getDefinition();
        form.unit = indicator.getUnit();
        form.polarity = indicator.getPolarity();
        form.frequency = indicator.getFrequency();
        form.periodType = indicator.getPeriodType();
        form.source = indicator.getSource();
        form.tolerancePercent = plain(indicator.getTolerancePercent());
        form.setVersion(indicator.getVersion());
        return form;
    }

    /** 12.50 as stored reads back as 12.5. */
    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().scale() < 0
                ? number.setScale(0) : number.stripTrailingZeros();
    }
}
