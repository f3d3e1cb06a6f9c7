package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.AtOnce;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/**
 * Sign-in attempts are throttled per client address and per username, before any password is checked. Every test
 * here comes from the same address; each sets low limits for a while (a change of limits starts the counts afresh)
 * and puts the configured ones back afterwards.
 */
@WebTest
class SignInThrottleTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    SignInProperties properties;

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    int perAddress;
    int perUsername;

    @BeforeEach
    void keepTheLimits() {
        perAddress = properties.getThrottle().getPerAddress();
        perUsername = properties.getThrottle().getPerUsername();
    }

    @AfterEach
    void putTheLimitsBack() {
        properties.getThrottle().setPerAddress(perAddress);
        properties.getThrottle().setPerUsername(perUsername);
    }

    @Test
    void anAttemptFromAnAddressOverItsLimitIsAnsweredWith429AndAPlainPageWhateverTheUsername() {
        limits(2, 100);
        assertThat(new PortalHttp(port).signIn(unknownUsername(), "wrong").statusCode()).isEqualTo(401);
        assertThat(new PortalHttp(port).signIn(unknownUsername(), "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> refused = new PortalHttp(port).signIn(newAccount(), PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        Page page = Page.of(refused.body());
        assertThat(page.title()).isEqualTo("Too many sign-in attempts - Partnership Plans");
        assertThat(page.h1()).isEqualTo("Too many sign-in attempts");
        assertThat(page.textOf("wait")).isEqualTo("Wait a minute and try again.");
        assertThat(page.linksTo("Go to the sign-in page")).containsExactly("/login");
        assertThat(page.count("main")).isEqualTo(1);
        assertThat(refused.body()).doesNotContain("Exception", "at uk.", "at org.");
    }

    @Test
    void anAttemptForAUsernameOverItsLimitIsRefusedFromAnyClientWithoutCheckingThePassword() {
        limits(100, 2);
        String username = newAccount();
        assertThat(new PortalHttp(port).signIn(username, "wrong").statusCode()).isEqualTo(401);
        assertThat(new PortalHttp(port).signIn(" " + username.toUpperCase() + " ", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> refused = new PortalHttp(port).signIn(username, PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Page.of(refused.body()).h1()).isEqualTo("Too many sign-in attempts");
        assertThat(failedAttempts(username)).as("the refused attempt was not counted against the account").isEqualTo(2);
        assertThat(new PortalHttp(port).signIn(newAccount(), PASSWORD).statusCode()).as("another username").isEqualTo(302);
    }

    @Test
    void theRightPasswordGivesTheUsernameItsAttemptsBack() {
        limits(100, 2);
        String username = newAccount();
        new PortalHttp(port).signIn(username, "wrong");
        assertThat(new PortalHttp(port).signIn(username, PASSWORD).statusCode()).isEqualTo(302);

        assertThat(new PortalHttp(port).signIn(username, "wrong").statusCode()).isEqualTo(401);
        assertThat(new PortalHttp(port).signIn(username, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void fiftyWrongPasswordsAtOnceForOneUsernameAreCheckedAtMostFiveTimesAndNoneFails() throws Exception {
        assertThat(perUsername).as("the configured limit per username").isEqualTo(5);
        limits(1000, perUsername); // every test comes from one address: only the username's limit is at work here
        String username = newAccount();
        int attempts = 50;
        List<Integer> statuses = new ArrayList<>();
        int checked = AtOnce.passwordChecks(context, username, () -> AtOnce.signIns(port, username, "wrong", attempts)
                .forEach(response -> statuses.add(response.statusCode())));
        assertThat(statuses).as("a wrong password, or throttled").allSatisfy(status -> assertThat(status).isIn(401, 429));
        int throttled = (int) statuses.stream().filter(status -> status == 429).count();
        assertThat(throttled).isEqualTo(attempts - 5);
        assertThat(checked).as("passwords checked").isEqualTo(5);
        assertThat(jdbc.queryForObject("select locked_until is not null from account where username = ?", Boolean.class,
                username)).as("locked after five").isTrue();
    }

    /** New limits, which start every count afresh. */
    private void limits(int addressLimit, int usernameLimit) {
        properties.getThrottle().setPerAddress(addressLimit);
        properties.getThrottle().setPerUsername(usernameLimit);
    }

    private String newAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.create(username, "Test Person", PASSWORD, Set.of(Role.OFFICER), Set.of());
        return username;
    }

    private static String unknownUsername() {
        return "nobody-" + UUID.randomUUID();
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from account where username = ?", Integer.class, username);
    }
}
