package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2014;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.SyntheticDataset;

/**
 * The dashboard of the demo 2013-14 year as a board member reads it. Its indicators are compared in words, not with
 * targets, so none is red or amber; the test gives "Under 18 conception rate" a target it misses, to see a red
 * indicator listed with its reason.
 */
@IntegrationTest
// The target it sets on a demo value is rolled back after each test (the pages are read in the test's transaction)
@Transactional
class DashboardPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private long year;

    @BeforeEach
    void missATarget() {
        year = year(PLAN_2011, "2013-14");
        // 31.9 per 1,000 where lower is better, against a target of 30: short by 1.9, more than 5% of 30 (1.5), so red
        jdbc.update("update indicator_value set target = 30 where period_label = '2011 annual' and indicator_id = "
                + "(select id from indicator where name = 'Under 18 conception rate')");
    }

    @Test
    void everySignedInRoleReadsTheDashboard() throws Exception {
        for (String role : new String[] {"BOARD", "OFFICER", "ADMIN"}) {
            Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/dashboard").with(user("x").roles(role)))
                    .andExpect(status().isOk()).andExpect(view().name("status/dashboard"))
                    .andExpect(content().string(not(containsString("??")))).andReturn());
            assertThat(page.h1()).isEqualTo("Dashboard: 2013-14");
            assertThat(page.textOf("approved-only")).isEqualTo("The figures and statuses shown are the approved ones: "
                    + "updates waiting for approval are not shown.");
        }
        mvc.perform(get("/plan-years/" + year + "/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theYearAndEachPriorityShowTheirStatusInWordsWithTheirCounts() throws Exception {
        Page page = dashboard("");
        assertThat(page.textOf("overall-status")).isEqualTo("Overall status: Red");
        assertThat(page.textOf("position-as-at")).isEqualTo("Position at 31 March 2014, the last day of the year: the year has ended.");
        assertThat(page.textOf("overall-actions")).isEqualTo("Overdue: 7 Not started: 10");
        assertThat(page.textOf("overall-indicators")).isEqualTo("Red: 3 Green: 7 Not rated: 12");
        assertThat(page.textOf("overall-national")).isEqualTo("Exceeds: 7 Falls short: 3");
        assertThat(page.textOf("priority-3.1")).isEqualTo("3.1 Continue to improve our early help services to "
                + "ensure that children, young people and families in the greatest need receive appropriate support "
                + "Red Overdue: 7 Not started: 4 Red: 3 Green: 5 Not rated: 11");
        assertThat(page.texts("strong.govuk-tag.govuk-tag--red")).contains("Red");
        assertThat(page.textOf("priority-3.4")).as("3.4 shares the first column of sections 3.8 and 6 with 3.1")
                .endsWith("Red Overdue: 7 Not started: 4 Red: 3 Green: 5 Not rated: 11");
    }

    @Test
    void redItemsComeFirstThenAmberEachWithItsReason() throws Exception {
        String attention = dashboard("").textOf("attention");
        int firstOverdue = attention.indexOf("Action 1: Publish the Nottinghamshire Early Help Strategy in autumn 2013 Overdue "
                + "Overdue: target date 30 November 2013 passed");
        int redIndicator = attention.indexOf("Attainment gap at age 16 between pupils taking free school meals and the rest "
                + "(FSM during past six years) Red September 2012: Worse than the national average");
        int lastRedAction = attention.indexOf("Action 17: Establish the Integrated Commissioning Hub");
        assertThat(firstOverdue).as(attention).isGreaterThanOrEqualTo(0);
        assertThat(lastRedAction).isGreaterThan(firstOverdue);
        assertThat(redIndicator).as("red indicators after red actions").isGreaterThan(lastRedAction);
        assertThat(attention).doesNotContain("Not started").doesNotContain("Amber");
        Page atOctober2013 = dashboard("?on.day=15&on.month=10&on.year=2013");
        assertThat(atOctober2013.textOf("position-as-at")).isEqualTo("Position at 15 October 2013, the date you chose.");
        assertThat(atOctober2013.textOf("overall-actions")).isEqualTo("Overdue: 5 Not started: 12");
        assertThat(atOctober2013.textOf("attention")).as("autumn 2013 had not passed").doesNotContain("Action 1: Publish");
        Page atMay2014 = dashboard("?on.day=31&on.month=5&on.year=2014");
        assertThat(atMay2014.textOf("attention")).as("a milestone due by April 2014 and not done is late by May")
                .contains("Action 15: Support the development and implementation of Children and Young People's "
                        + "IAPT (Improving Access to Psychological Therapies) Slipping Slipping: 1 milestone is late");
        Page notADate = dashboard("?on.day=31&on.month=2&on.year=2014");
        assertThat(notADate.texts(".govuk-error-summary__list a")).containsExactly("The date must be a real date, for example 30 9 2012");
        assertThat(notADate.textOf("position-as-at")).as("the year's own date instead")
                .isEqualTo("Position at 31 March 2014, the last day of the year: the year has ended.");
        assertThat(notADate.select("input[name=on.day]").attr("value")).as("what was typed is kept").isEqualTo("31");
    }

    @Test
    void eachIndicatorShowsItsFiguresStatusAndDirectionInWords() throws Exception {
        Page page = dashboard("");
        String row = page.textOf("indicator-" + indicator("Under 18 conception rate"));
        assertThat(row).as("a 2011 figure is older than the year before 2013-14: it does not count, but shows in the trend")
                .isEqualTo("Under 18 conception rate None No data Not known");
        assertThat(page.textOf("indicator-" + indicator("Breast-feeding prevalence rates at 6-8weeks (Bassetlaw NGS)")))
                .as("the report compared breastfeeding across both NHS areas, not this area's indicator")
                .isEqualTo("Breast-feeding prevalence rates at 6-8weeks (Bassetlaw NGS) 34.3% 2012/13 annual No comparator Not known");
        assertThat(page.textOf("indicator-" + indicator("Percentage of young people in academic years 12-14 not in "
                + "education, employment or training")))
                .isEqualTo("Percentage of young people in academic years 12-14 not in education, employment or training "
                        + "2.5% (provisional) 2012/13 annual Exceeds: “Better than the national average” (September 2012) "
                        + "Green Not known");
        assertThat(page.textOf("indicator-" + indicator("Breast-feeding prevalence rates at 6-8weeks (Notts NHS)")))
                .endsWith("Not available (tbc) 2012/13 annual tbc Not known");

        Element trend = pageOfTrend("Under 18 conception rate").byId("trend-" + indicator("Under 18 conception rate"));
        assertThat(trend.select("[role=img]")).extracting(chart -> chart.attr("aria-label"))
                .contains("Line chart of Under 18 conception rate: 1 figure from 2011 annual to 2011 annual. The figures are "
                        + "in the table below the chart.");
        assertThat(trend.select("circle")).isNotEmpty();
        assertThat(Page.text(trend.selectFirst("tbody"))).isEqualTo("2011 annual 31.9 per 1,000 30 per 1,000");
        String neet = "Percentage of young people in academic years 12-14 not in education, employment or training";
        assertThat(pageOfTrend(neet).textOf("trend-" + indicator(neet))).as("a comparison in words is in the table")
                .contains("September 2012 Better than the national average");
    }

    @Test
    void filtersNarrowTheListsAndSayHowManyAreShown() throws Exception {
        long emotionalWellbeing = priority(year, "3.7");
        Page byPriority = dashboard("?priority=" + emotionalWellbeing);
        assertThat(byPriority.textOf("results")).isEqualTo("Showing 3 of 17 actions and 1 of 22 indicators.");
        assertThat(byPriority.has("option[value=" + emotionalWellbeing + "][selected]")).isTrue();
        assertThat(byPriority.hasId("priority-3.7")).isTrue();
        assertThat(byPriority.hasId("priority-3.1")).isFalse();

        Page red = dashboard("?status=RED");
        assertThat(red.textOf("results")).isEqualTo("Showing 7 of 17 actions and 3 of 22 indicators.");
        assertThat(red.textOf("actions")).contains("Action 1 ").doesNotContain("Action 4 ");
        assertThat(red.texts("option[value=RED][selected]")).containsExactly("Red");
        assertThat(red.linksTo("Clear filters")).isNotEmpty();
        Page amber = dashboard("?status=AMBER");
        assertThat(amber.textOf("results")).isEqualTo("Showing 0 of 17 actions and 0 of 22 indicators.");
        assertThat(amber.textOf("indicators-none")).isEqualTo("No indicator matches these filters.");

        Page green = dashboard("?status=GREEN&priority=" + emotionalWellbeing);
        assertThat(green.textOf("results")).isEqualTo("Showing 0 of 17 actions and 0 of 22 indicators.");
        assertThat(green.textOf("attention-none")).isEqualTo("No red or amber action or indicator matches these filters.");
        assertThat(green.textOf("actions-none")).isEqualTo("No action matches these filters.");

        Page nonsense = dashboard("?priority=abc&status=PURPLE&lead=Nobody");
        assertThat(nonsense.textOf("results")).as("values that match nothing filter nothing")
                .isEqualTo("Showing 17 of 17 actions and 22 of 22 indicators.");
    }

    @Test
    void theLeadFilterOffersEachOrganisationNamedAsALeadAndFiltersTheActions() throws Exception {
        long year2014 = year(PLAN_2014, "2014-16");
        Page all = page("/plan-years/" + year2014 + "/dashboard");
        assertThat(all.has("option[value='Nottinghamshire Safeguarding Children Board']")).isTrue();
        int actions = jdbc.queryForObject("select count(*) from plan_action where plan_year_id = ?", Integer.class, year2014);
        int withLead = jdbc.queryForObject("select count(*) from plan_action where plan_year_id = ? and lead like ?", Integer.class,
                year2014, "%- Nottinghamshire Safeguarding Children Board%");
        assertThat(withLead).isPositive().isLessThan(actions);

        Page filtered = page("/plan-years/" + year2014 + "/dashboard?lead=Nottinghamshire Safeguarding Children Board");
        assertThat(filtered.textOf("results")).startsWith("Showing " + withLead + " of " + actions + " actions and ");
        assertThat(filtered.textOf("actions")).contains("Nottinghamshire Safeguarding Children Board");
    }

    /** Every trend is on one page of them, in the order of the indicators table; the pages keep the day and filters. */
    @Test
    void theTrendsComeFiveToAPageEachOnOnePage() throws Exception {
        Page first = dashboard("");
        List<String> indicators = first.select("#indicators tbody tr").eachAttr("id").stream()
                .map(id -> id.replace("indicator-", "trend-")).toList();
        assertThat(indicators).hasSize(22);
        assertThat(first.textOf("trends-shown")).isEqualTo("Trends 1 to 5 of 22, in the order of the indicators table.");
        List<String> trends = new ArrayList<>();
        for (int number = 1; number <= 5; number++) {
            Page page = dashboard("?trendsPage=" + number);
            assertThat(page.select(".portal-trend")).hasSizeLessThanOrEqualTo(5);
            trends.addAll(page.select(".portal-trend").eachAttr("id"));
        }
        assertThat(trends).isEqualTo(indicators);
        assertThat(first.select(".govuk-pagination__item a").eachAttr("href")).containsExactly(
                dashboardPath() + "?trendsPage=1#trends-heading", dashboardPath() + "?trendsPage=2#trends-heading",
                dashboardPath() + "?trendsPage=3#trends-heading", dashboardPath() + "?trendsPage=4#trends-heading",
                dashboardPath() + "?trendsPage=5#trends-heading");
        assertThat(dashboard("?trendsPage=5").textOf("trends-shown")).startsWith("Trends 21 to 22 of 22");
        assertThat(dashboard("?trendsPage=6").textOf("trends-shown")).as("a page there is not shows the first")
                .startsWith("Trends 1 to 5 of 22");
        assertThat(dashboard("?trendsPage=first").textOf("trends-shown")).startsWith("Trends 1 to 5 of 22");

        Page filtered = dashboard("?on.day=31&on.month=5&on.year=2014&status=&trendsPage=2");
        assertThat(filtered.element(".govuk-pagination__next a").attr("href")).as("the day and filters chosen are kept")
                .isEqualTo(dashboardPath() + "?on.day=31&on.month=5&on.year=2014&status=&trendsPage=3#trends-heading");
        Page oneIndicator = dashboard("?priority=" + priority(year, "3.7"));
        assertThat(oneIndicator.select(".portal-trend")).hasSize(1);
        assertThat(oneIndicator.has("#trends-shown")).as("one page of trends needs no pages").isFalse();
        assertThat(oneIndicator.has(".govuk-pagination")).isFalse();
    }

    @Test
    void aLargeYearsTablesComeTwentyFiveRowsToAPageEachPagedOnItsOwn() throws Exception {
        SyntheticDataset.loadInto(dataSource);
        String path = "/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/dashboard";
        Page first = page(path);
        assertThat(first.select("#actions tbody tr")).hasSize(25);
        assertThat(first.textOf("actionsPage-shown")).isEqualTo("Actions 1 to 25 of 100, in the order of the plan.");
        assertThat(first.textOf("results")).startsWith("Showing 100 of 100 actions and 25 of 25 indicators");
        assertThat(first.select("#indicators tbody tr")).hasSize(25);
        assertThat(first.has("#indicatorsPage-shown")).as("25 indicators fit on one page").isFalse();

        Page last = page(path + "?trendsPage=2&actionsPage=4");
        assertThat(last.textOf("actionsPage-shown")).startsWith("Actions 76 to 100 of 100");
        assertThat(last.select("#actions tbody tr")).hasSize(25);
        assertThat(first.select("#actions tbody a[href^=/actions/]")).hasSize(25);
        assertThat(last.select("#actions tbody a[href^=/actions/]").eachText()).doesNotContainAnyElementsOf(
                first.select("#actions tbody a[href^=/actions/]").eachText());
        assertThat(last.textOf("trends-shown")).as("the trends keep their own page").startsWith("Trends 6 to 10 of 25");
        assertThat(last.element("nav:has(a[href$='#actions-heading']) .govuk-pagination__prev a").attr("href"))
                .isEqualTo(path + "?trendsPage=2&actionsPage=3#actions-heading");
        assertThat(last.element("nav:has(a[href$='#trends-heading']) .govuk-pagination__next a").attr("href"))
                .isEqualTo(path + "?actionsPage=4&trendsPage=3#trends-heading");
    }

    @Test
    void aYearThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/plan-years/987654321/dashboard").with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/not-a-year/dashboard").with(user("b").roles("BOARD"))).andExpect(status().isNotFound());
    }

    @Test
    void thePlanYearPageAndTheBoardsHomePageLinkToTheDashboard() throws Exception {
        String dashboard = "/plan-years/" + year + "/dashboard";
        Page yearPage = Page.of(mvc.perform(get("/plan-years/" + year).with(user("o").roles("OFFICER"))).andReturn());
        assertThat(yearPage.linksTo("Dashboard for 2013-14")).containsExactly(dashboard);
        Page home = Page.of(mvc.perform(get("/").with(user("b").roles("BOARD"))).andReturn());
        assertThat(home.links()).extracting(Page.Link::href).contains(dashboard);
    }

    private Page dashboard(String query) throws Exception {
        return page(dashboardPath() + query);
    }

    private String dashboardPath() {
        return "/plan-years/" + year + "/dashboard";
    }

    /** The page of the dashboard that shows the indicator's trend. */
    private Page pageOfTrend(String name) throws Exception {
        String id = "trend-" + indicator(name);
        for (int number = 1; number <= 10; number++) {
            Page page = dashboard("?trendsPage=" + number);
            if (page.hasId(id)) {
                return page;
            }
        }
        throw new AssertionError("No page of the dashboard shows the trend of " + name);
    }

    private Page page(String path) throws Exception {
        return Page.of(mvc.perform(get(path).with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn());
    }

    private long indicator(String name) {
        return jdbc.queryForObject("select id from indicator where name = ?", Long.class, name);
    }

    private long year(String planTitle, String label) {
        return jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id where p.title = ? and y.label = ?",
                Long.class, planTitle, label);
    }

    private long priority(long yearId, String number) {
        return jdbc.queryForObject("select id from priority where plan_year_id = ? and number = ?", Long.class, yearId, number);
    }
}
