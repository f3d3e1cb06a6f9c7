package uk.partnershipplans.portal.refresh.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;

/** What the sign-off form sends: the body that decided, the day, and its decision or, for a reopening, the reason. */
@Getter
@Setter
@NoArgsConstructor
class SignOffForm {

    @NotNull(message = "{refresh.lifecycle.body-kind.required}")
    private BodyKind bodyKind;

    @NotBlank(message = "{refresh.lifecycle.body-name.required}")
    @Size(max = 300, message = "{refresh.lifecycle.body-name.size}")
    private String bodyName;

    @RealDate(name = "refresh.lifecycle.decided-on", example = "17 5 2014", whenBlank = "refresh.lifecycle.decided-on.required")
    private DateField decidedOn = new DateField();

    @NotBlank(message = "{refresh.lifecycle.decision.required}")
    @Size(max = 2000, message = "{refresh.lifecycle.decision.size}")
    private String decision;
}
