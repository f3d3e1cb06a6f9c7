package uk.partnershipplans.portal.refresh.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Two plan years side by side: priorities matched through the refreshes' lineage (over a year between, and whichever
 * year the page is opened from) or else by the same title, each row saying unchanged, reworded (with the words taken
 * out and put in), added or dropped, with its actions counted; indicators matched as the same indicator, with each
 * year's category and latest figure. A partnership of its own, made once in a database of its own, three years over
 * two plans; a year of another partnership and the year itself are refused.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class CompareYearsPagesTest {

    private static final String PARTNERSHIP = "Side by Side Test Partnership";
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long year1;
    private long year2;
    private long year3;

    @BeforeEach
    void makeThePartnershipOnce() {
        List<Long> made = jdbc.queryForList("select id from partnership where name = ?", Long.class, PARTNERSHIP);
        if (made.isEmpty()) {
            make();
        }
        year1 = yearId("2011-12");
        year2 = yearId("2012-13");
        year3 = yearId("2013-14 (new plan)");
    }

    @Test
    void aYearWithTheNextIsMatchedThroughTheLineageOrByTitleWithWhatChangedInWords() throws Exception {
        Page page = Page.of(read("/plan-years/" + year1 + "/compare?with=" + year2));
        assertThat(page.h1()).isEqualTo("2011-12 and 2012-13 side by side");
        assertThat(page.tableRows("#priorities")).containsExactly(
                List.of("Reworded Words put in: and young people", "1 Keep children safe 2 actions",
                        "1 Keep children and young people safe 3 actions"),
                List.of("Unchanged", "2 Improve school readiness 1 action", "2 Improve school readiness No actions"),
                List.of("Reworded Words taken out: Reduce obesity in Words put in: Healthy weight for",
                        "3 Reduce obesity in children No actions", "3 Healthy weight for children No actions"),
                List.of("Dropped", "4 Support young carers No actions", "Not in 2012-13"),
                List.of("Added", "Not in 2011-12", "5 Narrow the gap No actions"));
        assertThat(page.textOf("priorities-counts")).isEqualTo("Unchanged: 1. Reworded: 2. Added: 1. Dropped: 1.");

        assertThat(page.tableRows("#indicators")).containsExactly(
                List.of("Children in good health", "In both years",
                        "Reported: Key outcome indicator Latest figure: 10% for 2011/12",
                        "Reported: Supplementary indicator Latest figure: 12.5% for 2012/13 (provisional)"),
                List.of("Young carers known", "Dropped", "Reported No figure by 31 March 2012", "Not reported in 2012-13"),
                List.of("Gap in attainment", "Added", "Not reported in 2011-12",
                        "Reported: Key outcome indicator Not available for 2012/13 Q2: tbc"));
        assertThat(page.textOf("indicators-counts")).isEqualTo("In both years: 1. Added: 1. Dropped: 1.");
    }

    @Test
    void theLineageIsFollowedThroughTheYearsBetweenFromEitherYear() throws Exception {
        Page fromLater = Page.of(read("/plan-years/" + year3 + "/compare?with=" + year1));
        assertThat(fromLater.h1()).as("the earlier year on the left, whichever the page is opened from")
                .isEqualTo("2011-12 and 2013-14 (new plan) side by side");
        assertThat(fromLater.tableRows("#priorities")).containsExactly(
                List.of("Reworded Words put in: all and young people", "1 Keep children safe 2 actions",
                        "A Keep all children and young people safe No actions"),
                List.of("Dropped", "2 Improve school readiness 1 action", "Not in 2013-14 (new plan)"),
                List.of("Dropped", "3 Reduce obesity in children No actions", "Not in 2013-14 (new plan)"),
                List.of("Dropped", "4 Support young carers No actions", "Not in 2013-14 (new plan)"),
                List.of("Added", "Not in 2011-12", "B Narrow the gap No actions"));
        Page fromEarlier = Page.of(read("/plan-years/" + year1 + "/compare?with=" + year3));
        assertThat(fromEarlier.tableRows("#priorities")).isEqualTo(fromLater.tableRows("#priorities"));

        Page matchedByTitle = Page.of(read("/plan-years/" + year2 + "/compare?with=" + year3));
        assertThat(matchedByTitle.tableRows("#priorities")).contains(
                List.of("Unchanged", "5 Narrow the gap No actions", "B Narrow the gap No actions"));
        assertThat(matchedByTitle.text("#compare-links")).contains("2012-13 of Side plan 2011-13")
                .contains("2013-14 (new plan) of Side plan 2013-15");
    }

    @Test
    void theChoiceListsThePartnershipsOtherYearsAndRefusesTheYearItselfOrNone() throws Exception {
        Page choice = Page.of(read("/plan-years/" + year2 + "/compare"));
        assertThat(choice.h1()).isEqualTo("Compare 2012-13 with another year");
        assertThat(choice.texts("label.govuk-radios__label")).containsExactly(
                "2011-12 (Side plan 2011-13)", "2013-14 (new plan) (Side plan 2013-15)");
        assertThat(choice.hasErrorSummary()).isFalse();
        assertThat(choice.backLink()).isEqualTo("/plan-years/" + year2);

        Page itself = Page.of(read("/plan-years/" + year2 + "/compare?chosen=true&with=" + year2));
        assertThat(itself.title()).startsWith("Error:");
        assertThat(itself.errorSummary()).extracting(Page.Link::text)
                .containsExactly("You cannot compare 2012-13 with itself. Choose another year");
        Page none = Page.of(read("/plan-years/" + year2 + "/compare?chosen=true"));
        assertThat(none.errorSummary()).extracting(Page.Link::text)
                .containsExactly("Choose the year to compare 2012-13 with");
        assertThat(none.errorSummary().get(0).href()).isEqualTo("#with");
        assertThat(none.hasId("with")).isTrue();

        long otherPartnershipsYear = DemoData.year2013(jdbc);
        assertThat(status("/plan-years/" + year2 + "/compare?with=" + otherPartnershipsYear, ADMIN)).isEqualTo(404);
        assertThat(status("/plan-years/" + year2 + "/compare?with=999999999", ADMIN)).isEqualTo(404);
        assertThat(status("/plan-years/" + year2 + "/compare", user("board").roles("BOARD")))
                .as("a board member of the demo partnership does not reach another's year").isEqualTo(404);
        assertThat(status("/plan-years/" + year2 + "/compare?with=" + year1, user("board").roles("BOARD"))).isEqualTo(404);
    }

    @Test
    void aBoardMemberComparesTheDemoYears() throws Exception {
        long year2012 = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2012-13'", Long.class, DemoData.PLAN_2011);
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + DemoData.year2013(jdbc) + "/compare?with="
                + year2012).with(user("board").roles("BOARD"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Page page = Page.of(response.getContentAsString());
        assertThat(page.h1()).isEqualTo("2012-13 and 2013-14 side by side");
        int indicators2013 = jdbc.queryForObject("select count(*) from plan_year_indicator where plan_year_id = ?",
                Integer.class, DemoData.year2013(jdbc));
        assertThat(page.select("#indicators tbody tr").size()).isGreaterThanOrEqualTo(indicators2013);
        assertThat(Page.of(mvc.perform(get("/plan-years/" + DemoData.year2013(jdbc)).with(user("board").roles("BOARD")))
                .andReturn()).linksTo("Compare with another year"))
                .containsExactly("/plan-years/" + DemoData.year2013(jdbc) + "/compare");
    }

    private void make() {
        long partnership = insert("insert into partnership (name) values (?) returning id", PARTNERSHIP);
        long planA = insert("insert into plan (partnership_id, title, start_year, end_year, status) values (?, ?, 2011, 2013,"
                + " 'PUBLISHED') returning id", partnership, "Side plan 2011-13");
        long planB = insert("insert into plan (partnership_id, title, start_year, end_year, status) values (?, ?, 2013, 2015,"
                + " 'DRAFT') returning id", partnership, "Side plan 2013-15");
        long y1 = year(planA, "2011-12", 2011);
        long y2 = year(planA, "2012-13", 2012);
        long y3 = year(planB, "2013-14 (new plan)", 2013);
        long p1a = priority(y1, "1", "Keep children safe", 1);
        long p1b = priority(y1, "2", "Improve school readiness", 2);
        long p1c = priority(y1, "3", "Reduce obesity in children", 3);
        long p1d = priority(y1, "4", "Support young carers", 4);
        long p2a = priority(y2, "1", "Keep children and young people safe", 1);
        priority(y2, "2", "Improve school readiness", 2);
        long p2c = priority(y2, "3", "Healthy weight for children", 3);
        long p2e = priority(y2, "5", "Narrow the gap", 4);
        long p3a = priority(y3, "A", "Keep all children and young people safe", 1);
        priority(y3, "B", "Narrow the gap", 2);
        action(y1, "1", p1a);
        action(y1, "2", p1a);
        action(y1, "3", p1b);
        action(y2, "1", p2a);
        action(y2, "2", p2a);
        action(y2, "3", p2a);

        long refresh1 = refresh("NEXT_YEAR", y1, y2);
        change(refresh1, 1, "REWORDED", p1a, p2a);
        change(refresh1, 2, "CARRIED_FORWARD", p1c, p2c);
        change(refresh1, 3, "DROPPED", p1d, null);
        change(refresh1, 4, "ADDED", null, p2e);
        long refresh2 = refresh("NEW_PLAN", y2, y3);
        change(refresh2, 1, "REWORDED", p2a, p3a);

        long health = indicator(partnership, "Children in good health");
        long carers = indicator(partnership, "Young carers known");
        long gap = indicator(partnership, "Gap in attainment");
        reported(y1, health, "KEY_OUTCOME", 1);
        reported(y1, carers, null, 2);
        reported(y2, health, "SUPPLEMENTARY", 1);
        reported(y2, gap, "KEY_OUTCOME", 2);
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, figure) values (?, '2011/12', ?, 10)",
                health, LocalDate.of(2012, 3, 31));
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, figure, provisional)"
                + " values (?, '2012/13', ?, 12.5, true)", health, LocalDate.of(2013, 3, 31));
        jdbc.update("insert into indicator_value (indicator_id, period_label, period_end, not_available_reason)"
                + " values (?, '2012/13 Q2', ?, 'tbc')", gap, LocalDate.of(2012, 9, 30));
    }

    private long year(long plan, String label, int startYear) {
        return insert("insert into plan_year (plan_id, label, start_date, end_date) values (?, ?, ?, ?) returning id", plan,
                label, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    private long priority(long year, String number, String title, int position) {
        return insert("insert into priority (plan_year_id, number, title, position) values (?, ?, ?, ?) returning id", year,
                number, title, position);
    }

    private void action(long year, String number, long priority) {
        long action = insert("insert into plan_action (plan_year_id, number, text, position) values (?, ?, ?, ?) returning id",
                year, number, "Action " + number, Integer.parseInt(number));
        jdbc.update("insert into action_priority (action_id, priority_id) values (?, ?)", action, priority);
    }

    private long refresh(String kind, long from, long to) {
        return insert("insert into plan_refresh (kind, from_year_id, to_year_id, confirmed_by, confirmed_at)"
                + " values (?, ?, ?, 'admin', now()) returning id", kind, from, to);
    }

    private void change(long refresh, int position, String change, Long from, Long to) {
        jdbc.update("insert into plan_refresh_change (refresh_id, position, subject, change, from_record_id, to_record_id)"
                + " values (?, ?, 'PRIORITY', ?, ?, ?)", refresh, position, change, from, to);
    }

    private long indicator(long partnership, String name) {
        return insert("insert into indicator (partnership_id, name, unit) values (?, ?, 'PERCENTAGE') returning id",
                partnership, name);
    }

    private void reported(long year, long indicator, String category, int position) {
        jdbc.update("insert into plan_year_indicator (plan_year_id, indicator_id, category, position) values (?, ?, ?, ?)",
                year, indicator, category, position);
    }

    private long insert(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long yearId(String label) {
        return jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id join partnership s"
                + " on s.id = p.partnership_id where s.name = ? and y.label = ?", Long.class, PARTNERSHIP, label);
    }

    private String read(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse().getStatus();
    }
}
