package uk.partnershipplans.portal.status;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the status settings form sends. */
@Getter
@Setter
class StatusSettingsForm extends VersionedForm {

    @NotNull(message = "{status.settings.tolerance.required}")
    @DecimalMin(value = "0", message = "{status.settings.tolerance.range}")
    @DecimalMax(value = "100", message = "{status.settings.tolerance.range}")
    @Digits(integer = 3, fraction = 2, message = "{status.settings.tolerance.digits}")
    private BigDecimal defaultTolerancePercent;

    static StatusSettingsForm of(StatusSettings settings) {
        StatusSettingsForm form = new StatusSettingsForm();
        BigDecimal percent = settings.getDefaultTolerancePercent().stripTrailingZeros();
        form.defaultTolerancePercent = percent.scale() < 0 ? percent.setScale(0) : percent;
        form.setVersion(settings.getVersion());
        return form;
    }
}
