package uk.partnershipplans.portal.partner.admin;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.VersionedForm;

/** The date an organisation left a partnership, as typed, and the version of the membership it was typed against. */
@Getter
@Setter
@NoArgsConstructor
public class LeaveForm extends VersionedForm {

    private DateField leftOn = new DateField();

}
