package uk.partnershipplans.portal.account;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.Role;

/** The documented demo accounts (password {@code demo}) of the default profile. The postgres profile never has them. */
@Component
@Order(0)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final AccountService accountService;

    @Override
    public void run(ApplicationArguments args) {
        createIfMissing("admin", "Demo Admin", Role.ADMIN);
        createIfMissing("officer", "Demo Officer", Role.OFFICER);
        createIfMissing("board", "Demo Board Member", Role.BOARD);
    }

    private void createIfMissing(String username, String displayName, Role role) {
        if (!accountService.exists(username)) {
            accountService.create(username, displayName, PASSWORD, Set.of(role));
        }
    }
}
