package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/**
 * Who may keep accounts and change a password, and what the pages say when a save is refused. No transaction around
 * the requests, so a page that would load lazily outside one fails here.
 */
@IntegrationTest
class AccountPagesTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accountService;

    Long officer;
    Long ashfield;

    @BeforeEach
    void ids() {
        officer = jdbc.queryForObject("select id from account where username = 'officer'", Long.class);
        ashfield = jdbc.queryForObject("select id from partner_organisation where name = 'Ashfield District Council'", Long.class);
    }

    @Test
    void withTheDemoDataTheSignInPageNamesTheDemoAccounts() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Demonstration accounts")))
                .andExpect(content().string(containsString("board: a board member of Nottinghamshire Children&#39;s Trust")));
    }

    @Test
    void officersAndBoardMembersMayNotOpenOrSendTheAccountPages() throws Exception {
        String account = "/admin/accounts/" + officer;
        for (String role : new String[] {"OFFICER", "BOARD"}) {
            RequestPostProcessor someone = user("x").roles(role);
            for (String page : new String[] {"/admin/accounts", "/admin/accounts/new", account, account + "/edit",
                    account + "/deactivate", account + "/reactivate", account + "/reset-password", account + "/password-given",
                    account + "/unlock"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/accounts/new").with(someone).with(csrf()).param("username", "sent.by." + role)
                    .param("displayName", "Sent by " + role).param("roles", "ADMIN").param("organisationId", ashfield.toString()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(account + "/edit").with(someone).with(csrf()).param("displayName", "Sent by " + role)
                    .param("roles", "ADMIN").param("organisationId", ashfield.toString()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(account + "/deactivate").with(someone).with(csrf()).param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(account + "/reactivate").with(someone).with(csrf()).param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(account + "/unlock").with(someone).with(csrf()).param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(account + "/reset-password").with(someone).with(csrf()).param("password", "a sent password"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from account where display_name like 'Sent by %' or username like 'sent.by.%'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class, officer)).isFalse();
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void everySignedInPersonMayOpenTheChangePasswordPageLinkedFromTheHeader() throws Exception {
        for (String role : new String[] {"OFFICER", "BOARD", "ADMIN"}) {
            mvc.perform(get("/account/password").with(user("x").roles(role))).andExpect(status().isOk())
                    .andExpect(Page.expect(page -> {
                        assertThat(page.h1()).isEqualTo("Change your password");
                        assertThat(page.hasId("must-change")).isFalse();
                    }));
        }
        mvc.perform(get("/plans").with(user("x").roles("BOARD")))
                .andExpect(Page.expect(page -> assertThat(page.linksTo("Change password")).contains("/account/password")));
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void someoneWithAGivenPasswordReachesNothingButTheChangePasswordPage() throws Exception {
        RequestPostProcessor given = user("x").authorities(() -> "ROLE_ADMIN", () -> PasswordChangeRequiredFilter.AUTHORITY);
        for (String page : new String[] {"/", "/plans", "/admin", "/admin/accounts"}) {
            mvc.perform(get(page).with(given)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/admin/accounts/new").with(given).with(csrf()).param("username", "sneaked.in")
                .param("displayName", "Sneaked in").param("roles", "ADMIN").param("organisationId", ashfield.toString()))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'sneaked.in'", Long.class)).isZero();
        mvc.perform(get("/account/password").with(given)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You are signed in with a password an admin gave you")));
        mvc.perform(get("/css/portal.css").with(given)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(given).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void theAdminHomeLinksToAccountsAndTheListFilters() throws Exception {
        mvc.perform(get("/admin").with(ADMIN)).andExpect(Page.linkTo("/admin/accounts"));
        mvc.perform(get("/admin/accounts").with(ADMIN).param("role", "board"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo Board Member")))
                .andExpect(content().string(not(containsString("Demo Officer"))));
        mvc.perform(get("/admin/accounts").with(ADMIN).param("status", "DEACTIVATED").param("name", "demo"))
                .andExpect(content().string(containsString("No accounts match")));
        for (String page : new String[] {"/admin/accounts/new", "/admin/accounts/" + officer,
                "/admin/accounts/" + officer + "/edit", "/admin/accounts/" + officer + "/deactivate",
                "/admin/accounts/" + officer + "/reset-password"}) {
            mvc.perform(get(page).with(ADMIN)).andExpect(status().isOk());
        }
        // Opened again, the page that showed a given password has nothing to show
        mvc.perform(get("/admin/accounts/" + officer + "/password-given").with(ADMIN))
                .andExpect(redirectedUrl("/admin/accounts/" + officer));
    }

    @Test
    void aRefusedNewAccountKeepsWhatWasTypedButNeverThePassword() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", " Officer ")
                .param("displayName", "Typed name").param("roles", "OFFICER").param("roles", "BOARD")
                .param("personChoice", "NEW").param("organisationId", ashfield.toString()).param("jobTitle", "Typed title")
                .param("password", "tooshort"))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.title()).startsWith("Error: Create an account");
                    assertThat(page.errorSummaryLinks()).contains(
                            "#username There is already an account with the username 'officer' (Demo Officer)",
                            "#password Password must be at least 12 characters");
                    assertThat(page.input("username").val()).isEqualTo(" Officer ");
                    assertThat(page.input("displayName").val()).isEqualTo("Typed name");
                    assertThat(page.input("jobTitle").val()).isEqualTo("Typed title");
                    assertThat(page.has("input[name=roles][value=BOARD][checked]")).isTrue();
                    assertThat(page.has("input[name=roles][value=ADMIN]:not([checked])")).isTrue();
                    assertThat(page.has("option[value=" + ashfield + "][selected]")).isTrue();
                }))
                .andExpect(content().string(not(containsString("tooshort"))));
        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "has space")
                .param("displayName", "").param("organisationId", ashfield.toString()))
                .andExpect(content().string(containsString("Username must only include letters, digits")))
                .andExpect(content().string(containsString("Enter their full name")))
                .andExpect(content().string(containsString("Select at least one role")));
    }

    @Test
    void everyProblemOfTheAccountFormIsListedAtOnce() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "officer")
                        .param("displayName", "").param("personChoice", "NEW").param("password", "abcabcabcabc"))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> assertThat(page.errorSummaryLinks()).contains(
                        "#username There is already an account with the username 'officer' (Demo Officer)",
                        "#displayName Enter their full name", "#roles Select at least one role")
                        .anySatisfy(link -> assertThat(link).startsWith("#password Password is too easy to guess"))
                        .anySatisfy(link -> assertThat(link).startsWith("#organisationId"))));
    }

    @Test
    void aCreatedAccountShowsItsOneTimePasswordOnceAndAStaleChangeKeepsWhatWasTypedBesideTheSavedValues() throws Exception {
        MvcResult created = mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "pages.test")
                        .param("displayName", "Pages Test").param("roles", "OFFICER").param("organisationId", ashfield.toString())
                        .param("partnershipIds", demoPartnership()))
                .andExpect(redirectedUrlPattern("/admin/accounts/*/password-given"))
                .andExpect(flash().attribute("givenOn", "created"))
                .andReturn();
        String oneTime = (String) created.getFlashMap().get("givenPassword");
        assertThat(oneTime).matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}");
        String page = created.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(ADMIN).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString("Account created for Pages Test")))
                .andExpect(content().string(containsString(oneTime)));
        Long id = jdbc.queryForObject("select id from account where username = 'pages.test'", Long.class);

        mvc.perform(post("/admin/accounts/" + id + "/edit").with(ADMIN).with(csrf()).param("displayName", "My change")
                        .param("roles", "BOARD").param("organisationId", ashfield.toString()).param("version", "99")
                        .param("partnershipIds", demoPartnership()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this while you were editing it")))
                .andExpect(content().string(containsString("value=\"My change\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"saved-by\">admin saved it on \\d{1,2} \\w+ \\d{4} at .*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"displayName-saved\">\\s*<strong>Saved by someone else:</strong>\\s*Pages Test\\s*</div>.*")));
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, id))
                .as("nothing was overwritten").isEqualTo("Pages Test");

        mvc.perform(post("/admin/accounts/" + id + "/reset-password").with(ADMIN).with(csrf()).param("password", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password is too common")))
                .andExpect(content().string(not(containsString("value=\"password1234\""))));
    }

    @Test
    void theHistoryOfAnAccountSaysWhoChangedWhatButKeepsNoPassword() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "history.test")
                        .param("displayName", "History Test").param("roles", "OFFICER").param("organisationId", ashfield.toString())
                        .param("jobTitle", "Data officer").param("partnershipIds", demoPartnership()))
                .andExpect(redirectedUrlPattern("/admin/accounts/*/password-given"));
        Long id = jdbc.queryForObject("select id from account where username = 'history.test'", Long.class);
        mvc.perform(post("/admin/accounts/" + id + "/edit").with(user("planning.lead").roles("ADMIN")).with(csrf())
                        .param("displayName", "History Tested").param("roles", "OFFICER").param("roles", "BOARD")
                        .param("organisationId", ashfield.toString()).param("jobTitle", "Performance manager")
                        .param("partnershipIds", demoPartnership())
                        .param("version", jdbc.queryForObject("select version from account where id = ?", String.class, id)))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);

        mvc.perform(get("/admin/accounts/" + id)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts/" + id + "/history").with(user("x").roles("BOARD"))).andExpect(status().isForbidden());
        String history = mvc.perform(get("/admin/accounts/" + id + "/history").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(history).contains("History of History Tested", "planning.lead", "Full name", "History Test", "History Tested",
                "Roles", "Board member", "Job title", "Data officer", "Performance manager",
                "Partnerships", "Nottinghamshire Children&#39;s Trust")
                .doesNotContain(hash, "password_hash", "Password hash");
    }

    @Test
    void anAdminSeesSinceWhenAnAccountIsLockedAndUnlocksItAfterConfirmingAndTheHistorySaysWho() throws Exception {
        String username = "unlock.test." + UUID.randomUUID().toString().substring(0, 8);
        accountService.create(username, "Unlock Test", PASSWORD, Set.of(Role.OFFICER), Set.of());
        Long id = jdbc.queryForObject("select id from account where username = ?", Long.class, username);
        String account = "/admin/accounts/" + id;
        mvc.perform(get(account).with(ADMIN)).andExpect(Page.expect(page -> {
            assertThat(page.textOf("account-status")).isEqualTo("Active");
            assertThat(page.linksTo("Unlock the account")).isEmpty();
        }));
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong")).andExpect(unauthenticated());
        }
        Instant lockedAt = jdbc.queryForObject("select locked_at from account where id = ?", Timestamp.class, id).toInstant();
        String since = "Locked since " + Dates.clock(lockedAt) + " on " + Dates.day(lockedAt);

        mvc.perform(get(account).with(ADMIN)).andExpect(Page.expect(page -> {
            assertThat(page.textOf("account-status")).isEqualTo("Active " + since);
            assertThat(page.linksTo("Unlock the account")).containsExactly(account + "/unlock");
        }));
        mvc.perform(get("/admin/accounts").with(ADMIN).param("name", username)).andExpect(Page.expect(page ->
                assertThat(page.tableRows("#accounts")).singleElement()
                        .satisfies(row -> assertThat(row).contains("Active " + since))));
        String version = jdbc.queryForObject("select version from account where id = ?", String.class, id);
        mvc.perform(get(account + "/unlock").with(ADMIN)).andExpect(status().isOk()).andExpect(Page.expect(page -> {
            assertThat(page.h1()).isEqualTo("Unlock the account of Unlock Test?");
            assertThat(page.element("form[action=" + account + "/unlock]").select("input[name=version]").val()).isEqualTo(version);
        }));

        mvc.perform(post(account + "/unlock").with(user("x").roles("OFFICER")).with(csrf()).param("version", version))
                .andExpect(status().isForbidden());
        mvc.perform(post(account + "/unlock").with(ADMIN).with(csrf()).param("version", "99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this account")));
        assertThat(jdbc.queryForObject("select locked_until is not null from account where id = ?", Boolean.class, id)).isTrue();

        mvc.perform(post(account + "/unlock").with(user("planning.lead").roles("ADMIN")).with(csrf()).param("version", version))
                .andExpect(redirectedUrl(account));

        mvc.perform(get(account).with(ADMIN)).andExpect(Page.expect(page -> {
            assertThat(page.textOf("account-status")).isEqualTo("Active");
            assertThat(page.linksTo("Unlock the account")).isEmpty();
        }));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated().withUsername(username));
        mvc.perform(get(account + "/history").with(ADMIN)).andExpect(Page.expect(page ->
                assertThat(page.text("main")).contains("planning.lead", "Unlocked by an admin")));
    }

    @Test
    void anAccountThatIsNotLockedHasNothingToUnlock() throws Exception {
        String version = jdbc.queryForObject("select version from account where id = ?", String.class, officer);
        mvc.perform(get("/admin/accounts/" + officer + "/unlock").with(ADMIN)).andExpect(redirectedUrl("/admin/accounts/" + officer));
        mvc.perform(post("/admin/accounts/" + officer + "/unlock").with(ADMIN).with(csrf()).param("version", version))
                .andExpect(redirectedUrl("/admin/accounts/" + officer));
        assertThat(jdbc.queryForObject("select version from account where id = ?", String.class, officer)).isEqualTo(version);
    }

    private String demoPartnership() {
        return String.valueOf(DemoData.partnership(jdbc).iterator().next());
    }
}
