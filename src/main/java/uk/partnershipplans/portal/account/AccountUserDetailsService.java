package uk.partnershipplans.portal.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.partnershipplans.portal.shared.Role;

/**
 * Reads an account for sign-in and takes one of its attempts before its password is checked: an account whose attempts
 * are all taken (or that is locked) is given as locked, so its password is not checked. Made by {@link SecurityConfig}
 * for its authentication provider only.
 */
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;
    private final SignInProperties properties;

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        List<String> authorities = new ArrayList<>(account.getRoles().stream().map(Role::authority).toList());
        if (account.isMustChangePassword()) {
            authorities.add(PasswordChangeRequiredFilter.AUTHORITY);
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authorities.toArray(String[]::new))
                .disabled(!account.isActive())
                .accountLocked(accounts.takeSignInAttempt(account.getUsername(), properties.maxFailedAttempts(),
                        clock.instant()) == 0)
                .build();
    }
}
