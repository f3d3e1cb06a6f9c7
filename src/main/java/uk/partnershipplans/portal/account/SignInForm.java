package uk.partnershipplans.portal.account;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What the sign-in form shows back after a failed attempt: the username typed; never the password. */
@Getter
@RequiredArgsConstructor
class SignInForm {

    private final String username;

    /** Always empty: a password is never sent back to the browser. */
    private final String password = "";
}
