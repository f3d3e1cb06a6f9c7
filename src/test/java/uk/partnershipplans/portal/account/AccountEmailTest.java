package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.account.AccountDirectory.AccountSummary;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.SecondPartnership;

/** An account's optional email address, where reminders go, and what other modules read through AccountDirectory. */
@IntegrationTest
class AccountEmailTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountDirectory directory;

    @Test
    void anEmailAddressIsOptionalCheckedAndShownOnTheAccountPage() throws Exception {
        Long ashfield = jdbc.queryForObject("select id from partner_organisation where name = 'Ashfield District Council'",
                Long.class);
        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "email.test")
                        .param("displayName", "Email Test").param("roles", "OFFICER")
                        .param("organisationId", ashfield.toString()).param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address in the correct format, like name@example.com")))
                .andExpect(Page.expect(page -> assertThat(page.input("email").val()).isEqualTo("not an address")));

        mvc.perform(post("/admin/accounts/new").with(ADMIN).with(csrf()).param("username", "email.test")
                        .param("displayName", "Email Test").param("roles", "OFFICER")
                        .param("organisationId", ashfield.toString()).param("email", " email.test@example.org ")
                        .param("partnershipIds", String.valueOf(DemoData.partnership(jdbc).iterator().next())))
                .andExpect(redirectedUrlPattern("/admin/accounts/*/password-given"));
        Long id = jdbc.queryForObject("select id from account where username = 'email.test'", Long.class);
        mvc.perform(get("/admin/accounts/" + id).with(ADMIN))
                .andExpect(content().string(containsString("email.test@example.org")));
        assertThat(directory.byIds(List.of(id)).get(id).email()).isEqualTo("email.test@example.org");

        mvc.perform(post("/admin/accounts/" + id + "/edit").with(ADMIN).with(csrf()).param("displayName", "Email Test")
                .param("roles", "OFFICER").param("organisationId", ashfield.toString()).param("email", "")
                .param("partnershipIds", String.valueOf(DemoData.partnership(jdbc).iterator().next()))
                .param("version", String.valueOf(jdbc.queryForObject("select version from account where id = ?",
                        Long.class, id))));
        mvc.perform(get("/admin/accounts/" + id).with(ADMIN))
                .andExpect(content().string(containsString("None: no reporting reminders are sent to this account")));
        assertThat(directory.byIds(List.of(id)).get(id).email()).isNull();
    }

    @Test
    void updatersAreActiveOfficersAndAdminsOfThePartnershipNotBoardMembers() {
        Long demo = DemoData.partnership(jdbc).iterator().next();
        assertThat(directory.updaters(demo)).extracting(AccountSummary::displayName)
                .contains("Demo Officer", "Demo Admin").doesNotContain("Demo Board Member");
        assertThat(directory.idOf(" Officer ")).isEqualTo(directory.updaters(demo).stream()
                .filter(a -> a.displayName().equals("Demo Officer")).map(AccountSummary::id).findFirst());
        Long city = SecondPartnership.in(jdbc).id("partnerships");
        assertThat(directory.updaters(city)).extracting(AccountSummary::displayName)
                .as("an admin of the whole installation, and the second partnership's own officer and admin")
                .contains("Demo Admin", "Test City Officer", "Test City Admin")
                .doesNotContain("Demo Officer", "Test City Board Member", "County Admin");
    }
}
