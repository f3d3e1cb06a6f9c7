package uk.partnershipplans.portal.account;

import jakarta.validation.constraints.NotEmpty;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** What a person sends to change their own password. Never shown back: the page always shows the fields empty. */
@Getter
@Setter
@NoArgsConstructor
class ChangePasswordForm {

    @NotEmpty(message = "{account.password.current.required}")
    private String currentPassword;

    @NotEmpty(message = "{account.password.new.required}")
    private String newPassword;

    @NotEmpty(message = "{account.password.confirm.required}")
    private String confirmPassword;
}
