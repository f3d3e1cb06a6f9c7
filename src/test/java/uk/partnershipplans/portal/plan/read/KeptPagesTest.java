package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/**
 * A reading page's content is rendered once and kept until anything changes (shared.KeptContent): kept apart for each
 * set of roles, and worked out again after a change committed by anyone.
 */
@IntegrationTest
class KeptPagesTest {

    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void eachSetOfRolesGetsTheContentItMaySee() throws Exception {
        String priority = "/priorities/" + jdbc.queryForObject(
                "select id from priority where plan_year_id = ? and number = '3.1'", Long.class,
                DemoData.year2013(jdbc));
        Page board = page(priority, BOARD);
        assertThat(page(priority, BOARD).text("main")).isEqualTo(board.text("main"));
        assertThat(board.links()).extracting(Page.Link::href).contains(priority + "/edit");
        assertThat(page(priority, OFFICER).links()).as("an officer is not offered the board's changes")
                .extracting(Page.Link::href).doesNotContain(priority + "/edit");
        assertThat(page(priority, BOARD).links()).extracting(Page.Link::href).contains(priority + "/edit");
    }

    @Test
    void aChangeCommittedByAnyoneIsOnTheNextPageRead() throws Exception {
        long year = DemoData.year2013(jdbc);
        long action = jdbc.queryForObject("select id from plan_action where plan_year_id = ? and number = '1'",
                Long.class, year);
        String text = jdbc.queryForObject("select text from plan_action where id = ?", String.class, action);
        String path = "/actions/" + action;
        String summary = "/plan-years/" + year + "/summary";
        assertThat(page(path, BOARD).text("main")).contains(text);
        assertThat(page(summary, BOARD).text("main")).contains(text);
        try {
            jdbc.update("update plan_action set text = ? where id = ?", "Kept no longer", action);
            assertThat(page(path, BOARD).text("main")).contains("Kept no longer").doesNotContain(text);
            assertThat(page(summary, BOARD).text("main")).contains("Kept no longer").doesNotContain(text);
        } finally {
            jdbc.update("update plan_action set text = ? where id = ?", text, action);
        }
        assertThat(page(path, BOARD).text("main")).contains(text).doesNotContain("Kept no longer");
    }

    @Test
    void anOfficersHomeIsKeptForThemAlone() throws Exception {
        RequestPostProcessor someoneElse = user("someone.else").roles("OFFICER");
        jdbc.update("delete from reporting_round");
        try {
            assertThat(page("/", OFFICER).has("#no-updates")).isTrue();
            assertThat(page("/", someoneElse).has("#no-updates")).isTrue();
            new UpdateFixture(context).roundOfEverything(DemoData.year2013(jdbc), "officer");
            assertThat(page("/", OFFICER).has("#no-updates")).as("the round, committed, is on the next page read")
                    .isFalse();
            assertThat(page("/", someoneElse).has("#no-updates")).as("another officer's home is their own").isTrue();
        } finally {
            jdbc.update("delete from reporting_round");
        }
        assertThat(page("/", OFFICER).has("#no-updates")).isTrue();
    }

    @Test
    void aPartnershipTakenFromAnAccountIsOutOfItsReachAtOnce() throws Exception {
        String year = "/plan-years/" + DemoData.year2013(jdbc);
        page(year, OFFICER);
        List<Map<String, Object>> had = jdbc.queryForList("select account_id, partnership_id from account_partnership"
                + " where account_id = (select id from account where username = 'officer')");
        try {
            jdbc.update("delete from account_partnership"
                    + " where account_id = (select id from account where username = 'officer')");
            mvc.perform(get(year).with(OFFICER)).andExpect(status().isNotFound());
        } finally {
            had.forEach(row -> jdbc.update("insert into account_partnership (account_id, partnership_id) values (?, ?)",
                    row.get("account_id"), row.get("partnership_id")));
        }
        page(year, OFFICER);
    }

    private Page page(String path, RequestPostProcessor who) throws Exception {
        return Page.of(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn());
    }
}
