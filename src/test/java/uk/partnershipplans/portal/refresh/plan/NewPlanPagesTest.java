package uk.partnershipplans.portal.refresh.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An admin starts a new plan from the demo 2011-14 plan: the form prefilled, every problem listed at once with what was
 * typed kept, the summary of what will be copied with nothing saved, Change back to the form, and Confirm making the
 * draft plan with copies of its parts, a first year reporting the same indicators, and the refresh log. On a database
 * of its own; the plans it makes are removed after each test.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class NewPlanPagesTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private long year2013;

    @BeforeEach
    void findThePlan() {
        plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        year2013 = DemoData.year2013(jdbc);
    }

    @AfterEach
    void removeTheNewPlans() {
        NewPlansMade.removeAll(jdbc);
    }

    @Test
    void theFormIsPrefilledWithTheNextPeriodAndTheLatestYearsDates() throws Exception {
        Page page = Page.of(read("/plans/" + plan + "/new-plan"));
        assertThat(page.h1()).isEqualTo("Start a new plan from this one");
        assertThat(page.value("title")).isEqualTo("Children, Young People and Families Plan 2014-17");
        assertThat(page.value("startYear")).isEqualTo("2014");
        assertThat(page.value("endYear")).isEqualTo("2017");
        assertThat(page.element("#vision").text())
                .isEqualTo(jdbc.queryForObject("select vision from plan where id = ?", String.class, plan));
        assertThat(page.value("yearLabel")).isEqualTo("2014-15");
        assertThat(List.of(page.value("yearStart"), page.value("yearStart-month"), page.value("yearStart-year")))
                .containsExactly("1", "4", "2014");
        assertThat(List.of(page.value("yearEnd"), page.value("yearEnd-month"), page.value("yearEnd-year")))
                .containsExactly("31", "3", "2015");
        assertThat(page.backLink()).isEqualTo("/plans/" + plan);

        assertThat(Page.of(read("/plans/" + plan)).linksTo("Start a new plan from this one"))
                .containsExactly("/plans/" + plan + "/new-plan");
        assertThat(Page.of(mvc.perform(get("/plans/" + plan).with(user("board").roles("BOARD"))).andReturn())
                .linksTo("Start a new plan from this one")).as("only admins start plans").isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceWithWhatWasTypedKeptAndNothingSaved() throws Exception {
        int plans = count("plan");
        Map<String, String> typed = valid();
        typed.put("title", " ");
        typed.put("endYear", "2013");
        typed.put("yearLabel", "");
        typed.put("yearStart.year", "2015");
        typed.put("yearEnd.day", "31");
        typed.put("yearEnd.month", "2");
        typed.put("yearEnd.year", "2015");
        MockHttpServletResponse refused = send(post("/plans/" + plan + "/new-plan"), typed);
        assertThat(refused.getStatus()).isEqualTo(200);
        Page page = Page.of(refused.getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.errorSummary()).extracting(Page.Link::text).containsExactly(
                "Enter the title of the new plan",
                "End year must be the same as or after the start year (2014)",
                "Enter the label of the first year",
                "The first year must start in the new plan’s start year, 2014",
                "End date of the first year must be a real date, for example 31 3 2015");
        assertThat(page.value("endYear")).isEqualTo("2013");
        assertThat(page.value("yearStart-year")).isEqualTo("2015");
        assertThat(page.value("yearEnd")).isEqualTo("31");
        assertThat(page.value("yearEnd-month")).isEqualTo("2");

        typed = valid();
        typed.put("title", "children, young people and families plan 2014-16");
        Page taken = Page.of(send(post("/plans/" + plan + "/new-plan"), typed).getContentAsString());
        assertThat(taken.errorSummary()).extracting(Page.Link::text).containsExactly(
                "This partnership already has a plan called Children, Young People and Families Plan 2014-16. Use a different title");
        assertThat(taken.value("title")).isEqualTo("children, young people and families plan 2014-16");

        Page confirmedAnyway = Page.of(send(post("/plans/" + plan + "/new-plan/confirm"), typed).getContentAsString());
        assertThat(confirmedAnyway.errorSummary()).as("Confirm checks again").hasSize(1);
        assertThat(count("plan")).isEqualTo(plans);
        assertThat(count("plan_refresh")).isZero();
    }

    @Test
    void theSummaryListsWhatWillBeCopiedSavesNothingAndChangeKeepsWhatWasTyped() throws Exception {
        int plans = count("plan");
        Page summary = Page.of(send(post("/plans/" + plan + "/new-plan"), valid()).getContentAsString());
        assertThat(summary.h1()).isEqualTo("Check what will be copied");
        assertThat(summary.summaryRows()).containsEntry("Title of the new plan", "Children, Young People and Families Plan 2014-16 (draft)")
                .containsEntry("Period", "2014 to 2016")
                .containsEntry("Its first year", "2014-15, 1 April 2014 to 31 March 2015");
        assertThat(summary.select("#partners tbody tr"))
                .hasSize(count("plan_partner where plan_id = " + plan)).isNotEmpty();
        assertThat(summary.text("#partners")).contains("A relevant partner (named by the Children Act 2004)");
        assertThat(summary.select("#themes li")).hasSize(4);
        assertThat(summary.select("#indicators tbody tr"))
                .hasSize(count("plan_year_indicator where plan_year_id = " + year2013)).hasSize(22);
        assertThat(summary.text("#indicators caption")).startsWith("Indicators reported in 2013-14 (22)");
        assertThat(summary.textOf("priority-links")).contains("not copied").contains("no priorities yet");
        assertThat(summary.textOf("not-copied")).contains("The priorities of 2013-14");
        assertThat(count("plan")).as("nothing saved before Confirm").isEqualTo(plans);

        Page.Form form = summary.form("form[action$='/confirm']");
        MockHttpServletRequestBuilder change = post(form.action()).with(ADMIN).with(csrf()).param("change", "true");
        form.fields().stream().filter(field -> !field.getKey().equals("_csrf"))
                .forEach(field -> change.param(field.getKey(), field.getValue()));
        Page back = Page.of(mvc.perform(change).andReturn());
        assertThat(back.h1()).isEqualTo("Start a new plan from this one");
        assertThat(back.hasErrorSummary()).isFalse();
        assertThat(back.value("title")).isEqualTo("Children, Young People and Families Plan 2014-16 (draft)");
        assertThat(back.value("endYear")).isEqualTo("2016");
        assertThat(back.value("yearLabel")).isEqualTo("2014-15");
        assertThat(count("plan")).isEqualTo(plans);
    }

    @Test
    void confirmingMakesADraftPlanWithCopiesAFirstYearReportingTheSameIndicatorsAndTheRefreshLog() throws Exception {
        Page summary = Page.of(send(post("/plans/" + plan + "/new-plan"), valid()).getContentAsString());
        Page.Form form = summary.form("form[action$='/confirm']");
        MockHttpServletRequestBuilder confirm = post(form.action()).with(ADMIN).with(csrf());
        form.fields().stream().filter(field -> !field.getKey().equals("_csrf"))
                .forEach(field -> confirm.param(field.getKey(), field.getValue()));
        MvcResult result = mvc.perform(confirm).andReturn();
        MockHttpServletResponse made = result.getResponse();
        assertThat(result.getFlashMap().get("savedMessage")).isEqualTo("Children, Young People and Families Plan 2014-16"
                + " (draft) has been started from Children, Young People and Families Plan 2011-14 as a draft. Its first year"
                + " reports the same indicators.");

        long newPlan = jdbc.queryForObject("select id from plan where title = ?", Long.class,
                "Children, Young People and Families Plan 2014-16 (draft)");
        assertThat(made.getRedirectedUrl()).isEqualTo("/plans/" + newPlan);
        assertThat(jdbc.queryForMap("select status, start_year, end_year, vision, partnership_id from plan where id = ?", newPlan))
                .containsEntry("status", "DRAFT").containsEntry("start_year", 2014).containsEntry("end_year", 2016)
                .containsEntry("vision", jdbc.queryForObject("select vision from plan where id = ?", String.class, plan))
                .containsEntry("partnership_id", jdbc.queryForObject("select partnership_id from plan where id = ?", Long.class, plan));
        Map<String, Object> year = jdbc.queryForMap("select id, label, start_date, end_date, status, previous_year_label"
                + " from plan_year where plan_id = ?", newPlan);
        assertThat(year).containsEntry("label", "2014-15").containsEntry("status", "DRAFT")
                .containsEntry("previous_year_label", "2013-14");
        long newYear = ((Number) year.get("id")).longValue();

        String partners = "select organisation_id || ' ' || category || ' ' || coalesce(qualifier, '') from plan_partner"
                + " where plan_id = ? order by 1";
        assertThat(jdbc.queryForList(partners, String.class, newPlan)).isNotEmpty()
                .isEqualTo(jdbc.queryForList(partners, String.class, plan));
        for (String part : List.of("key_theme", "principle", "plan_section", "strategic_objective")) {
            String titles = "select " + (part.equals("plan_section") ? "heading" : "title") + " from " + part
                    + " where plan_id = ? order by 1";
            assertThat(jdbc.queryForList(titles, String.class, newPlan)).as(part)
                    .isEqualTo(jdbc.queryForList(titles, String.class, plan));
        }
        assertThat(count("key_theme where plan_id = " + newPlan)).isEqualTo(4);
        String operational = "select o.number || ' ' || o.title from operational_objective o join strategic_objective s"
                + " on s.id = o.strategic_objective_id where s.plan_id = ? order by 1";
        assertThat(jdbc.queryForList(operational, String.class, newPlan))
                .isEqualTo(jdbc.queryForList(operational, String.class, plan));
        String frameworks = "select framework_id from plan_framework where plan_id = ? order by 1";
        assertThat(jdbc.queryForList(frameworks, Long.class, newPlan))
                .isEqualTo(jdbc.queryForList(frameworks, Long.class, plan));

        String reported = "select indicator_id || ' ' || category || ' ' || new_indicator || ' ' || in_development || ' '"
                + " || position from plan_year_indicator where plan_year_id = ? order by position";
        assertThat(jdbc.queryForList(reported, String.class, newYear)).as("the same indicators, as 2013-14 reports them")
                .hasSize(22).isEqualTo(jdbc.queryForList(reported, String.class, year2013));
        assertThat(count("indicator_priority ip join priority p on p.id = ip.priority_id where p.plan_year_id = " + newYear))
                .isZero();
        long indicator = jdbc.queryForObject("select indicator_id from plan_year_indicator where plan_year_id = ?"
                + " order by position limit 1", Long.class, newYear);
        Page indicatorPage = Page.of(read("/indicators/" + indicator));
        assertThat(indicatorPage.text("main")).as("the indicator's page names the new year beside the old")
                .contains("2013-14").contains("2014-15");

        Map<String, Object> refresh = jdbc.queryForMap("select id, kind, from_year_id, to_year_id, confirmed_by"
                + " from plan_refresh where to_year_id = ?", newYear);
        assertThat(refresh).containsEntry("kind", "NEW_PLAN").containsEntry("confirmed_by", "admin")
                .containsEntry("from_year_id", year2013);
        long refreshId = ((Number) refresh.get("id")).longValue();
        Map<String, Integer> bySubject = new LinkedHashMap<>();
        jdbc.query("select subject, count(*) from plan_refresh_change where refresh_id = ? and change = 'COPIED'"
                + " group by subject", rs -> {
                    bySubject.put(rs.getString(1), rs.getInt(2));
                }, refreshId);
        assertThat(bySubject).containsEntry("PARTNER", count("plan_partner where plan_id = " + plan))
                .containsEntry("THEME", 4).containsEntry("INDICATOR", 22)
                .doesNotContainKey("PRIORITY");
        assertThat(count("plan_refresh_change where refresh_id = " + refreshId + " and change <> 'COPIED'")).isZero();
        Map<String, Object> theme = jdbc.queryForMap("select from_record_id, to_record_id, words_before, words_after"
                + " from plan_refresh_change where refresh_id = ? and subject = 'THEME' order by position limit 1", refreshId);
        assertThat(theme.get("words_after")).isEqualTo(theme.get("words_before")).isEqualTo(jdbc.queryForObject(
                "select title from key_theme where id = ?", String.class, theme.get("to_record_id")));
        assertThat(jdbc.queryForObject("select plan_id from key_theme where id = ?", Long.class, theme.get("from_record_id")))
                .isEqualTo(plan);
        Map<String, Object> anIndicator = jdbc.queryForMap("select from_record_id, to_record_id, words_after"
                + " from plan_refresh_change where refresh_id = ? and subject = 'INDICATOR' order by position limit 1", refreshId);
        assertThat(anIndicator.get("from_record_id")).isEqualTo(anIndicator.get("to_record_id"));

        assertThat(Page.of(read(made.getRedirectedUrl())).h1())
                .isEqualTo("Children, Young People and Families Plan 2014-16 (draft)");
        assertThat(Page.of(read("/admin/plans/" + newPlan)).text("main")).as("everything stays editable")
                .contains("2014-15");
    }

    private Map<String, String> valid() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Children, Young People and Families Plan 2014-16 (draft)");
        fields.put("startYear", "2014");
        fields.put("endYear", "2016");
        fields.put("vision", jdbc.queryForObject("select vision from plan where id = ?", String.class, plan));
        fields.put("yearLabel", "2014-15");
        fields.put("yearStart.day", "1");
        fields.put("yearStart.month", "4");
        fields.put("yearStart.year", "2014");
        fields.put("yearEnd.day", "31");
        fields.put("yearEnd.month", "3");
        fields.put("yearEnd.year", "2015");
        return fields;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Map<String, String> fields) throws Exception {
        request.with(ADMIN).with(csrf());
        fields.forEach((name, value) -> request.param(name, value == null ? "" : value));
        return mvc.perform(request).andReturn().getResponse();
    }

    private String read(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int count(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    }
}
