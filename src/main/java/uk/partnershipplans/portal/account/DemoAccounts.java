package uk.partnershipplans.portal.account;

import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.shared.Role;

/**
 * The documented demo accounts (password {@code demo}) of the default profile: an admin of the whole installation, and
 * an officer and a board member of the demo partnerships, made after them. The postgres profile never has them.
 */
@Component
@Order(15)
@ConditionalOnBooleanProperty("portal.demo-data")
@RequiredArgsConstructor
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final AccountService accountService;
    private final PartnerDirectory partners;

    @Override
    public void run(ApplicationArguments args) {
        Set<Long> demoPartnerships = partners.partnerships().stream().map(PartnershipSummary::id)
                .collect(Collectors.toSet());
        createIfMissing("admin", "Demo Admin", Role.ADMIN, Set.of());
        createIfMissing("officer", "Demo Officer", Role.OFFICER, demoPartnerships);
        createIfMissing("board", "Demo Board Member", Role.BOARD, demoPartnerships);
    }

    private void createIfMissing(String username, String displayName, Role role, Set<Long> partnershipIds) {
        if (!accountService.exists(username)) {
            accountService.create(username, displayName, PASSWORD, Set.of(role), partnershipIds);
        }
    }
}
