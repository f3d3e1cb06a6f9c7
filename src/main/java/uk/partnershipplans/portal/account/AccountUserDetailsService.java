package uk.partnershipplans.portal.account;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .disabled(!account.isActive())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }
}
