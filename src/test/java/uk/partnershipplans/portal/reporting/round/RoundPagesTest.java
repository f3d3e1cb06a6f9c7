package uk.partnershipplans.portal.reporting.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.account.AccountService;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.SignedIn;
import uk.partnershipplans.portal.support.TestDatabase;

/** Who may use the round pages, what the forms say when refused, and each officer's own list on the home page. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class RoundPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RoundAdmin admin;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressUpdateRepository updates;

    long year;

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @BeforeEach
    void setUp() {
        jdbc.update("delete from reporting_round");
        year = DemoData.year2013(jdbc);
    }

    @Test
    void onlyAdminsManageRounds() throws Exception {
        Long id = admin.open(RoundAdminTest.form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        for (String role : new String[] {"OFFICER", "BOARD"}) {
            for (String path : new String[] {"/admin/rounds", "/admin/rounds/new", "/admin/rounds/" + id,
                    "/admin/rounds/" + id + "/items", "/admin/rounds/" + id + "/edit", "/admin/rounds/" + id + "/close"}) {
                mvc.perform(get(path).with(user("x").roles(role))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/rounds/" + id + "/close").param("version", "0").with(csrf())
                    .with(user("x").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rounds/" + id + "/reminders").with(csrf()).with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/rounds/" + id).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        assertThat(Page.of(mvc.perform(get("/admin/rounds/" + id + "/edit").with(user("admin").roles("ADMIN"))).andReturn())
                .has("#planYearId")).as("the year is chosen only when a round is opened").isFalse();
        assertThat(Page.of(mvc.perform(get("/admin/rounds/new").with(user("admin").roles("ADMIN"))).andReturn())
                .has("#planYearId")).isTrue();
    }

    @Test
    void aSecondOpenRoundIsRefusedOnTheFormNamingTheOpenOne() throws Exception {
        admin.open(RoundAdminTest.form(year, "Six-monthly review, September 2013", LocalDate.of(2013, 9, 30),
                LocalDate.of(2013, 10, 31)));

        mvc.perform(post("/admin/rounds/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("planYearId", String.valueOf(year)).param("name", "Another round")
                        .param("periodEnd.day", "31").param("periodEnd.month", "3").param("periodEnd.year", "2014")
                        .param("deadline.day", "1").param("deadline.month", "3").param("deadline.year", "2014"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The plan year already has an open round, Six-monthly review, September 2013: "
                                + "close it before opening another"),
                        containsString("Deadline must be the same as or after the period end"))))
                .andExpect(Page.expect(page -> assertThat(page.input("name").val()).isEqualTo("Another round")));
    }

    @Test
    void aRoundWhoseDeadlineHasPassedOpensOnlyOnceTheAdminConfirms() throws Exception {
        mvc.perform(post("/admin/rounds/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("planYearId", String.valueOf(year)).param("name", "Late round")
                        .param("periodEnd.day", "31").param("periodEnd.month", "3").param("periodEnd.year", "2014")
                        .param("deadline.day", "30").param("deadline.month", "4").param("deadline.year", "2014"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The deadline, 30 April 2014, has passed: every update will be"
                        + " late as soon as the round opens.")))
                .andExpect(Page.expect(page -> assertThat(page.input("name").val()).isEqualTo("Late round")));
        assertThat(jdbc.queryForObject("select count(*) from reporting_round", Integer.class)).isZero();
    }

    @Test
    void closingSaysHowManyUpdatesAreLeftUnapproved() throws Exception {
        Long id = admin.open(RoundAdminTest.form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        long updates = jdbc.queryForObject("select count(*) from progress_update where round_id = ?", Long.class, id);
        mvc.perform(get("/admin/rounds/" + id + "/close").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(updates + " of its updates are not approved: " + updates
                        + " not started, 0 in draft, 0 returned to be changed and 0 waiting for approval.")));
    }

    @Test
    void openingARoundLeadsToChoosingItsItemsAndClosingMakesItReadOnly() throws Exception {
        mvc.perform(post("/admin/rounds/new").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("planYearId", String.valueOf(year)).param("name", "Six-monthly review, March 2014")
                        .param("periodEnd.day", "31").param("periodEnd.month", "3").param("periodEnd.year", "2014")
                        .param("deadline.day", "30").param("deadline.month", "4").param("deadline.year", "2014")
                        .param("pastDeadlineConfirmed", "true"))
                .andExpect(redirectedUrlPattern("/admin/rounds/*/items"));
        Long id = jdbc.queryForObject("select id from reporting_round", Long.class);
        mvc.perform(get("/admin/rounds/" + id + "/items").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Establish an early help unit")));

        mvc.perform(post("/admin/rounds/" + id + "/close").param("version", "99").with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this round")));
        long version = admin.round(id).getVersion();
        mvc.perform(post("/admin/rounds/" + id + "/close").param("version", String.valueOf(version)).with(csrf())
                .with(user("admin").roles("ADMIN"))).andExpect(redirectedUrl("/admin/rounds"));
        mvc.perform(get("/admin/rounds/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(allOf(containsString("Closed"), not(containsString("Close the round")),
                        not(containsString("Send reminders now")))));
    }

    @Test
    void anActionARoundAskedUpdatesOfCannotBeDeleted() throws Exception {
        admin.open(RoundAdminTest.form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        Long action = jdbc.queryForObject("select id from plan_action where plan_year_id = ? and number = '6'", Long.class, year);
        String version = jdbc.queryForObject("select version from plan_action where id = ?", String.class, action);

        mvc.perform(get("/actions/" + action + "/delete").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An update of this action has been asked for in reporting rounds")))
                .andExpect(content().string(not(containsString("name=\"version\""))));
        mvc.perform(post("/actions/" + action + "/delete").with(user("admin").roles("ADMIN")).with(csrf()).param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An update of this action has been asked for in reporting rounds")));
        assertThat(jdbc.queryForObject("select count(*) from plan_action where id = ?", Integer.class, action)).isOne();
    }

    @Test
    void sendingRemindersWhileMailIsOffSaysNoneWereSent() throws Exception {
        Long id = admin.open(RoundAdminTest.form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        mvc.perform(post("/admin/rounds/" + id + "/reminders").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("savedMessage",
                        "No reminder was due, or sending is off: no email was sent."));
    }

    @Test
    void anOfficerSeesOnlyTheirOwnUpdatesOnTheHomePage() throws Exception {
        accountService.create("other.officer", "Other Officer", "a long passphrase", Set.of(Role.OFFICER),
                DemoData.partnership(jdbc));
        Long officer = jdbc.queryForObject("select id from account where username = 'officer'", Long.class);
        Long other = jdbc.queryForObject("select id from account where username = 'other.officer'", Long.class);
        mvc.perform(get("/").with(user("officer").roles("OFFICER")))
                .andExpect(content().string(containsString("You have no updates to write")));

        Long id = SignedIn.asAdmin(() -> admin.open(RoundAdminTest.form(year, "Six-monthly review, September 2013",
                LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31))));
        ItemsForm items = SignedIn.asAdmin(() -> admin.itemsForm(id));
        items.getItems().get(0).setAssigneeId(officer);
        items.getItems().get(1).setAssigneeId(other);
        SignedIn.asAdmin(() -> {
            admin.saveItems(id, items);
            return id;
        });
        Long mine = jdbc.queryForObject("select id from progress_update where round_id = ? and assignee_id = ?",
                Long.class, id, officer);
        Long theirs = jdbc.queryForObject("select id from progress_update where round_id = ? and assignee_id = ?",
                Long.class, id, other);

        mvc.perform(get("/").with(user("officer").roles("OFFICER")))
                .andExpect(Page.linkTo("/updates/" + mine))
                .andExpect(Page.expect(page -> assertThat(page.links()).extracting(Page.Link::href)
                        .doesNotContain("/updates/" + theirs)))
                .andExpect(content().string(allOf(
                        containsString("Publish the Nottinghamshire Early Help Strategy"),
                        containsString("31 October 2013"), containsString("Not started"), containsString("Overdue"))));
    }

    @Test
    void takingOutAStartedUpdateIsRefusedOnTheItemsPage() throws Exception {
        Long id = admin.open(RoundAdminTest.form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        ItemsForm items = admin.itemsForm(id);
        String key = items.getItems().get(0).getKey();
        jdbc.update("update progress_update set state = 'DRAFT' where round_id = ? and action_id = ?", id,
                Long.valueOf(key.replace("action-", "")));

        mvc.perform(post("/admin/rounds/" + id + "/items").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("version", String.valueOf(items.getVersion()))
                        .param("items[0].key", key).param("items[0].assigneeId", ""))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.errorSummary()).extracting(Page.Link::href).contains("#items0.included");
                    assertThat(page.hasId("items0.included")).isTrue();
                    assertThat(page.errorSummary()).extracting(Page.Link::text)
                            .anySatisfy(text -> assertThat(text).contains("has been started: it cannot be taken out of the round"));
                }));
        assertThat(updates.findByRoundId(id)).hasSize(items.getItems().size());
    }
}
