package uk.partnershipplans.portal.account;

import java.time.Clock;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.shared.Role;

/** Creates accounts. The one place that hashes passwords. */
@Service
@RequiredArgsConstructor
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(Account.normalise(username)).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean activeAdminExists() {
        return accounts.existsActiveWithRole(Role.ADMIN);
    }

    /** An account of {@code partnershipIds}' partnerships; an admin of none is an admin of the whole installation. */
    @Transactional
    public void create(String username, String displayName, String rawPassword, Set<Role> roles, Set<Long> partnershipIds) {
        accounts.save(new Account(username, displayName, passwordEncoder.encode(rawPassword), roles, partnershipIds,
                clock.instant()));
    }
}
