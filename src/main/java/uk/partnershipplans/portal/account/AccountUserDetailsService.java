package uk.partnershipplans.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.partnershipplans.portal.shared.Role;

/**
 * Reads an account for sign-in and takes one of its attempts before its password is checked (see
 * {@link AccountRepository#takeSignInAttempt}): the account comes back as a {@link SignInCandidate} that says whether
 * its password may be checked, until when it is locked and, for the only active admin, how long it must wait. Made by
 * {@link SecurityConfig} for its authentication provider only.
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
        Instant now = clock.instant();
        List<String> authorities = new ArrayList<>(account.getRoles().stream().map(Role::authority).toList());
        if (account.isMustChangePassword()) {
            authorities.add(PasswordChangeRequiredFilter.AUTHORITY);
        }
        boolean attemptTaken = accounts.takeSignInAttempt(account.getUsername(), properties.getMaxFailedAttempts(), now) == 1;
        // As read before the attempt was taken: a lock or wait that ended at that moment counts as ended.
        Instant lockedUntil = account.isLocked(now) ? account.getLockedUntil() : null;
        Duration wait = !attemptTaken && account.isWaiting(now) ? Duration.between(now, account.getLockedUntil()) : null;
        return new SignInCandidate(account.getUsername(), account.getPasswordHash(), account.isActive(),
                AuthorityUtils.createAuthorityList(authorities), attemptTaken, lockedUntil, wait);
    }
}
