package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.AtOnce;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/**
 * The only active admin is never locked, so that wrong passwords cannot lock the planning team out of the portal with
 * no admin left to unlock it: once its attempts are used up it waits, a minute at first and twice as long each time
 * after, up to the length of a lock. Each test makes its own admin the only active one for a while, and gives the
 * other admins back their active state afterwards.
 */
@WebTest
class LastAdminSignInTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInProperties signIn;

    PortalHttp http;
    String admin;
    List<Long> otherAdmins;
    int perAddress;
    int perUsername;

    /** The sign-in throttle's limits are raised for a while, so that these tests see the accounts' own rules. */
    @BeforeEach
    void theOnlyActiveAdmin() {
        perAddress = signIn.getThrottle().getPerAddress();
        perUsername = signIn.getThrottle().getPerUsername();
        signIn.getThrottle().setPerAddress(1000);
        signIn.getThrottle().setPerUsername(1000);
        http = new PortalHttp(port);
        admin = newAccount(Role.ADMIN);
        otherAdmins = jdbc.queryForList("select a.id from account a join account_role r on r.account_id = a.id"
                + " where r.role = 'ADMIN' and a.active and a.username <> ?", Long.class, admin);
        otherAdmins.forEach(id -> jdbc.update("update account set active = false where id = ?", id));
    }

    @AfterEach
    void otherAdminsAndTheThrottleBack() {
        otherAdmins.forEach(id -> jdbc.update("update account set active = true where id = ?", id));
        signIn.getThrottle().setPerAddress(perAddress);
        signIn.getThrottle().setPerUsername(perUsername);
    }

    @Test
    void theOnlyActiveAdminIsNotLockedButWaitsAMinuteAndThenSignsInWithTheRightPassword() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(http.signIn(admin, "wrong").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> waiting = http.signIn(admin, PASSWORD);

        assertThat(waiting.statusCode()).isEqualTo(429);
        Page page = Page.of(waiting.body());
        assertThat(page.h1()).isEqualTo("Too many sign-in attempts");
        assertThat(page.text("main")).contains("Wait a minute and try again.").doesNotContain("locked", "Exception");
        assertThat(waiting.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(waitOf(admin)).isEqualTo(Duration.ofMinutes(1));

        endTheWait(admin);
        assertThat(http.signIn(admin, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select locked_until is null and failed_attempts = 0 and sign_in_waits = 0"
                + " from account where username = ?", Boolean.class, admin)).isTrue();
    }

    @Test
    void eachWaitInARowIsTwiceTheOneBeforeUpToTheLengthOfALock() {
        List<Duration> waits = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(new PortalHttp(port).signIn(admin, "wrong").statusCode()).isEqualTo(401);
            }
            waits.add(waitOf(admin));
            endTheWait(admin);
        }

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void anAdminWhoIsNotTheOnlyActiveOneIsLockedLikeAnyAccount() {
        newAccount(Role.ADMIN);
        for (int attempt = 0; attempt < 5; attempt++) {
            http.signIn(admin, "wrong");
        }

        HttpResponse<String> right = http.signIn(admin, PASSWORD);

        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(Page.of(right.body()).errorSummaryLinks()).singleElement().asString().contains("This account is locked");
        assertThat(waitOf(admin)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void thirtyWrongPasswordsAtOnceForTheOnlyActiveAdminAreAnsweredWithoutErrorAndNeverLockIt() throws Exception {
        for (HttpResponse<String> response : AtOnce.signIns(port, admin, "wrong password", 30)) {
            assertThat(response.statusCode()).as("a wrong password, or a wait").isIn(401, 429);
            assertThat(response.body()).doesNotContain("This account is locked");
        }
        assertThat(waitOf(admin)).isEqualTo(Duration.ofMinutes(1));
    }

    /** How long the account's lock or wait lasts. */
    private Duration waitOf(String username) {
        Map<String, Object> row = jdbc.queryForMap("select locked_at, locked_until from account where username = ?", username);
        assertThat(row.get("locked_until")).as("locked or waiting").isNotNull();
        return Duration.between(((Timestamp) row.get("locked_at")).toInstant(), ((Timestamp) row.get("locked_until")).toInstant());
    }

    /** As if the wait had passed. */
    private void endTheWait(String username) {
        jdbc.update("update account set locked_until = now() - interval '1 second' where username = ?", username);
    }

    private String newAccount(Role role) {
        String username = "last-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.create(username, "Test Admin", PASSWORD, Set.of(role), Set.of());
        return username;
    }
}
