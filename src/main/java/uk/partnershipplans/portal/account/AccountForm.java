package uk.partnershipplans.portal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * What the form to change an account sends: its name and roles, and the organisation and job title of the person it
 * belongs to (an account without a person gets one, named as the account).
 */
@Getter
@Setter
@NoArgsConstructor
class AccountForm extends VersionedForm {

    @NotBlank(message = "{account.display-name.required}")
    @Size(max = 200, message = "{account.display-name.size}")
    private String displayName;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The partnerships the account belongs to, among those the admin may give. */
    private Set<Long> partnershipIds = new HashSet<>();

    private Long organisationId;

    @Size(max = 200, message = "{account.job-title.size}")
    private String jobTitle;

    @Size(max = 254, message = "{account.email.size}")
    @Email(regexp = "(.+@.+\\..+)?", message = "{account.email.format}")
    private String email;

    /** Spaces around an address are dropped before it is checked: they are easily pasted with it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
