package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;

/** What the form adding an organisation to a partnership sends; the joining date is optional. */
@Getter
@Setter
@NoArgsConstructor
public class MembershipForm {

    @NotNull(message = "{admin.membership.partnership.required}")
    private Long partnershipId;

    private DateField joinedOn = new DateField();

    @Size(max = 500, message = "{admin.membership.note.size}")
    private String note;
}
