package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.SavesAtOnce.CHANGED_MEANWHILE;
import static uk.partnershipplans.portal.support.SavesAtOnce.SAVED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.SavesAtOnce;
import uk.partnershipplans.portal.support.WebTest;

/**
 * Two admins pressing "Save" on the same account at the same instant, over real HTTP: one save wins and the other
 * gets the "changed meanwhile" page, never a server error. The clash is a race, so it is run several times.
 */
@WebTest
class AccountSavedAtOnceTest {

    private static final int ROUNDS = 4;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoAdminsSavingTheSameAccountAtOnceGetOneSaveAndOneChangedMeanwhilePage() {
        String username = "at-once-" + UUID.randomUUID().toString().substring(0, 8);
        Set<Long> partnership = DemoData.partnership(jdbc);
        accountService.create(username, "At Once", "correct horse battery staple", Set.of(Role.OFFICER), partnership);
        Long id = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        String organisation = jdbc.queryForObject("select min(id) from partner_organisation", Long.class).toString();
        List<PortalHttp> admins = List.of(signedInAdmin(), signedInAdmin());

        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<String> seen = SavesAtOnce.save("/admin/accounts/" + id + "/edit", admins,
                    admin -> Map.of("displayName", "At Once " + r + "." + admin, "organisationId", organisation,
                            "partnershipIds", String.valueOf(partnership.iterator().next())));

            assertThat(seen).as("round %d", round).containsExactlyInAnyOrder(SAVED, CHANGED_MEANWHILE);
        }
    }

    private PortalHttp signedInAdmin() {
        PortalHttp http = new PortalHttp(port);
        http.signIn("admin", "demo");
        return http;
    }
}
