package uk.partnershipplans.portal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.Role;

/**
 * What the form for a new account sends. The account belongs to a new person in the organisation chosen, or to a
 * person already in the partner directory. The password is optional: left empty, the portal makes one up.
 */
@Getter
@Setter
@NoArgsConstructor
class NewAccountForm {

    /** Whether the account is for a new person or for someone already in the partner directory. */
    enum PersonChoice {
        NEW, EXISTING
    }

    @NotBlank(message = "{account.username.required}")
    @Size(max = 100, message = "{account.username.size}")
    @Pattern(regexp = "\\s*[A-Za-z0-9._@-]*\\s*", message = "{account.username.characters}")
    private String username;

    @NotBlank(message = "{account.display-name.required}")
    @Size(max = 200, message = "{account.display-name.size}")
    private String displayName;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The partnerships the account belongs to, among those the admin may give. */
    private Set<Long> partnershipIds = new HashSet<>();

    private PersonChoice personChoice = PersonChoice.NEW;

    private Long organisationId;

    @Size(max = 200, message = "{account.job-title.size}")
    private String jobTitle;

    @Size(max = 254, message = "{account.email.size}")
    @Email(regexp = "(.+@.+\\..+)?", message = "{account.email.format}")
    private String email;

    private Long personId;

    private String password;

    /** Spaces around an address are dropped before it is checked: they are easily pasted with it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
