package uk.partnershipplans.portal.account;

import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.Role;

/**
 * Creates the first admin account from {@code PORTAL_FIRST_ADMIN_USERNAME} and {@code PORTAL_FIRST_ADMIN_PASSWORD},
 * only while no active admin exists, and only with a password that keeps the portal's {@link PasswordRules}. Once an
 * admin exists the variables are ignored and can be removed.
 */
@Component
@Order(1)
@RequiredArgsConstructor
@Slf4j
class FirstAdmin implements ApplicationRunner {

    private final AccountService accountService;
    private final FirstAdminProperties firstAdmin;
    private final PasswordRules passwordRules;

    @Override
    public void run(ApplicationArguments args) {
        if (accountService.activeAdminExists()) {
            return;
        }
        if (!firstAdmin.isGiven()) {
            log.warn("No active admin account exists. Set PORTAL_FIRST_ADMIN_USERNAME and PORTAL_FIRST_ADMIN_PASSWORD "
                    + "and restart once to create one.");
            return;
        }
        if (accountService.exists(firstAdmin.username())) {
            log.warn("PORTAL_FIRST_ADMIN_USERNAME names an existing account that is not an active admin; nothing created.");
            return;
        }
        Optional<PasswordRules.Problem> weak = passwordRules.check(firstAdmin.password(), firstAdmin.username());
        if (weak.isPresent()) {
            log.warn("PORTAL_FIRST_ADMIN_PASSWORD breaks the password rules ({}): nothing created. Choose a password of "
                    + "at least 12 characters that is not the username, common or a pattern, and restart.", weak.get());
            return;
        }
        // Of no partnership: the first admin keeps the whole installation.
        accountService.create(firstAdmin.username(), firstAdmin.displayName(), firstAdmin.password(),
                Set.of(Role.ADMIN), Set.of());
        log.info("Created the first admin account '{}'. Remove PORTAL_FIRST_ADMIN_PASSWORD from the environment.",
                firstAdmin.username());
    }
}
