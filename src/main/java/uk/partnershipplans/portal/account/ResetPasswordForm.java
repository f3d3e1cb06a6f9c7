package uk.partnershipplans.portal.account;

import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** What the reset form sends: a password the admin chose, or nothing for the portal to make one up. */
@Getter
@Setter
@NoArgsConstructor
class ResetPasswordForm {

    private String password;
}
