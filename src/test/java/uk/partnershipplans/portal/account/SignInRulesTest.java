package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.AtOnce;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.WebTest;

/** Sign-in over real HTTP: the failure page is a forward, which only a servlet container performs. */
@WebTest
class SignInRulesTest {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountAdmin accountAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    SignInProperties signIn;

    PortalHttp http;

    int perAddress;
    int perUsername;

    /**
     * Every test here signs in from the same address, many times a minute, and some more than five times as one
     * username: the sign-in throttle's allowances are raised for a while (which also starts their counts afresh), so
     * that these tests see the accounts' own rules. {@link SignInThrottleTest} tests the throttle.
     */
    @BeforeEach
    void newClient() {
        http = new PortalHttp(port);
        perAddress = signIn.getThrottle().getPerAddress();
        perUsername = signIn.getThrottle().getPerUsername();
        signIn.getThrottle().setPerAddress(1000);
        signIn.getThrottle().setPerUsername(1000);
    }

    @AfterEach
    void configuredThrottle() {
        signIn.getThrottle().setPerAddress(perAddress);
        signIn.getThrottle().setPerUsername(perUsername);
    }

    @Test
    void demoAccountsSignInWithTheirDocumentedPassword() {
        for (String username : new String[] {"admin", "officer", "board"}) {
            HttpResponse<String> response = new PortalHttp(port).signIn(username, "demo");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
        }
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswerWith401() {
        String username = newAccount();
        HttpResponse<String> unknown = http.signIn("nobody-" + UUID.randomUUID(), PASSWORD);
        HttpResponse<String> wrong = http.signIn(username, "not the password");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(errorSummary(unknown)).isEqualTo(errorSummary(wrong)).isNotEmpty()
                .allSatisfy(link -> assertThat(link).contains("Enter a correct username and password"));
        assertThat(wrong.body()).contains("value=\"" + username + "\"").doesNotContain("not the password");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String username = newAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(http.signIn(username, "wrong").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> response = http.signIn(username, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("This account is locked");
        assertThat(jdbc.queryForObject("select locked_until is not null from account where username = ?", Boolean.class, username))
                .isTrue();
    }

    @Test
    void aLockedAccountIsSaidToBeLockedOnlyToSomeoneWhoTypesItsRightPassword() {
        String username = newAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            http.signIn(username, "wrong");
        }

        HttpResponse<String> wrong = http.signIn(username, "still wrong");
        HttpResponse<String> unknown = http.signIn("nobody-" + UUID.randomUUID(), "still wrong");
        HttpResponse<String> right = http.signIn(username, PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(errorSummary(wrong)).isEqualTo(errorSummary(unknown)).singleElement().asString()
                .contains("Enter a correct username and password");
        assertThat(wrong.body()).doesNotContain("locked");
        assertThat(right.statusCode()).isEqualTo(401);
        Instant until = jdbc.queryForObject("select locked_until from account where username = ?", Timestamp.class, username)
                .toInstant();
        assertThat(errorSummary(right)).singleElement().asString().contains("This account is locked")
                .contains("It unlocks at " + Dates.clock(until)).contains("an admin can unlock it");
    }

    @Test
    void fiftyWrongPasswordsAtTheSameInstantAreCheckedAtMostTenTimesAndNoneFails() throws Exception {
        String username = newAccount();
        int checked = AtOnce.passwordChecks(context, username, () -> {
            for (HttpResponse<String> response : AtOnce.signIns(port, username, "wrong password", 50)) {
                assertThat(response.statusCode()).as("no server error").isEqualTo(401);
                assertThat(errorSummary(response)).singleElement().asString().contains("Enter a correct username and password");
            }
        });
        // Five before the lock, and while it lasts at most five more, only so that the right password can be told the
        // account is locked.
        assertThat(checked).as("passwords checked").isBetween(1, 10);
        assertThat(jdbc.queryForObject("select locked_until is not null from account where username = ?", Boolean.class,
                username)).isTrue();
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLockAndSuccessResetsTheCount() {
        String username = newAccount();
        for (int attempt = 0; attempt < 4; attempt++) {
            http.signIn(username, "wrong");
        }
        assertThat(failedAttempts(username)).isEqualTo(4);

        assertThat(http.signIn(username, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(failedAttempts(username)).isZero();
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesBehindTheDelegatingEncoder() {
        String username = newAccount();
        String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void signingInGivesANewSessionId() {
        String before = sessionCookie(http.get("/login"));
        String after = sessionCookie(http.signIn("officer", "demo"));

        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedWith403AndNothingHappens() {
        http.signIn("board", "demo");
        http.get("/");

        HttpResponse<String> response = http.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("The form has expired").doesNotContain("Exception");
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheSession() {
        String page = http.signIn("board", "demo").statusCode() == 302 ? http.get("/").body() : "";

        HttpResponse<String> response = http.post("/logout", Map.of("_csrf", PortalHttp.csrfTokenFrom(page)));

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?signedOut"));
        assertThat(http.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aDeactivatedAccountIsSaidToBeSoOnlyToSomeoneWhoKnowsItsPassword() {
        String username = newAccount();
        Long id = accountId(username);
        accountAdmin.deactivate(id, version(id), "admin");

        HttpResponse<String> wrong = http.signIn(username, "not the password");
        HttpResponse<String> right = http.signIn(username, PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(errorSummary(wrong)).singleElement().asString().contains("Enter a correct username and password");
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(errorSummary(right)).singleElement().asString().contains("This account has been deactivated");
        assertThat(http.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void deactivatingOrResettingAnAccountEndsItsSessionsAtTheirNextRequest() {
        String username = newAccount();
        Long id = accountId(username);
        PortalHttp other = new PortalHttp(port);
        http.signIn(username, PASSWORD);
        other.signIn(username, PASSWORD);
        assertThat(http.get("/").statusCode()).isEqualTo(200);

        accountAdmin.resetPassword(id, new ResetPasswordForm(), "admin");
        assertThat(http.get("/").headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/session-expired"));

        accountAdmin.reactivate(id, version(id));
        accountAdmin.deactivate(id, version(id), "admin");
        assertThat(other.get("/").headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/session-expired"));
    }

    @Test
    void aGivenPasswordSignsInToTheChangePasswordPageOnly() {
        String username = newAccount();
        ResetPasswordForm typed = new ResetPasswordForm();
        typed.setPassword("a password the admin typed");
        accountAdmin.resetPassword(accountId(username), typed, "admin");

        assertThat(http.signIn(username, "a password the admin typed").statusCode()).isEqualTo(302);

        assertThat(http.get("/plans").headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/account/password"));
        HttpResponse<String> page = http.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You are signed in with a password an admin gave you");

        String token = PortalHttp.csrfTokenFrom(page.body());
        HttpResponse<String> changed = http.post("/account/password", Map.of("_csrf", token,
                "currentPassword", "a password the admin typed", "newPassword", "plum kettle orbit forty two",
                "confirmPassword", "plum kettle orbit forty two"));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
        assertThat(http.get("/plans").statusCode()).isEqualTo(200);
    }

    private Long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, id);
    }

    private String newAccount() {
        String username = "tester-" + UUID.randomUUID().toString().substring(0, 8);
        accountService.create(username, "Test Person", PASSWORD, Set.of(Role.OFFICER), Set.of());
        return username;
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from account where username = ?", Integer.class, username);
    }

    /** The error summary's links, as "href text". */
    private static List<String> errorSummary(HttpResponse<String> response) {
        return Page.of(response.body()).errorSummaryLinks();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst().orElse(null);
    }
}
