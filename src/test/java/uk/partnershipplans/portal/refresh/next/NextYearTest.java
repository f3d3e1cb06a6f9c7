package uk.partnershipplans.portal.refresh.next;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Starting the next plan year from a small year of the test's own (see {@link SmallYear}): the form's first answers,
 * its rules with what was typed kept, nothing saved before confirming, what carries forward and what does not, the
 * sections written from the year's reports, the change log, and the refusal of a second start from the same year. On a
 * database of its own, since it adds plans.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class NextYearTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormOffersTheNextLabelAndDatesAndKeepsEveryPriority() throws Exception {
        SmallYear year = SmallYear.create(jdbc);
        Page form = Page.of(read("/plan-years/" + year.yearId() + "/next-year", ADMIN));
        assertThat(form.h1()).isEqualTo("Start the year after 2013-14");
        assertThat(form.value("label")).isEqualTo("2014-15");
        assertThat(form.value("startDate")).isEqualTo("1");
        assertThat(form.value("startDate-month")).isEqualTo("4");
        assertThat(form.value("startDate-year")).isEqualTo("2014");
        assertThat(form.value("endDate")).isEqualTo("31");
        assertThat(form.value("endDate-month")).isEqualTo("3");
        assertThat(form.value("endDate-year")).isEqualTo("2015");
        assertThat(form.texts("legend")).contains("1 Keep me", "2 Reword me", "3 Drop me", "New priority 1");
        assertThat(form.isChecked("priorities0.choice")).isTrue();
        assertThat(form.isChecked("priorities2.choice")).isTrue();

        assertThat(status(get("/plan-years/" + year.yearId() + "/next-year"), BOARD)).isEqualTo(403);
        assertThat(status(get("/plan-years/" + year.yearId() + "/next-year"), OFFICER)).isEqualTo(403);
        assertThat(status(answers(year, "check"), BOARD)).isEqualTo(403);
    }

    @Test
    void everyProblemIsListedAtOnceWithWhatWasTypedKept() throws Exception {
        SmallYear year = SmallYear.create(jdbc);
        MockHttpServletResponse refused = send(answers(year, "check",
                "label", "2013-14", "endDate.day", "1", "endDate.month", "1", "endDate.year", "2014",
                "priorities[0].title", "Changed but kept",
                "priorities[1].choice", "REWORD", "priorities[1].number", "2", "priorities[1].title", "",
                "added[0].number", "", "added[0].title", "A new priority without a number",
                "added[1].number", "1", "added[1].title", "Numbered as another"));
        assertThat(refused.getStatus()).isEqualTo(200);
        Page page = Page.of(refused.getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.errorSummary()).extracting(Page.Link::text).containsExactlyInAnyOrder(
                "Refresh test plan already has a year labelled 2013-14. Use a different label".replace(
                        "Refresh test plan", planTitle(year)),
                "End date must be after the start date",
                "You changed the words of priority 1. Choose Reword to use them, or put them back",
                "Enter the new title of priority 2",
                "Enter the number of the new priority",
                "Two priorities of the new year would have the number 1. Give each a different number");
        assertThat(page.value("label")).isEqualTo("2013-14");
        assertThat(page.value("added0.title")).isEqualTo("A new priority without a number");
        assertThat(page.isChecked("priorities1.choice-reword")).isTrue();
        assertThat(page.value("priorities0.title")).isEqualTo("Changed but kept");
        assertThat(page.errorSummary()).extracting(Page.Link::href).contains("#priorities1.title", "#added0.number");
        assertThat(page.hasId("priorities1.title")).isTrue();
        assertThat(count("select count(*) from plan_year where plan_id = ?", year.planId())).isEqualTo(1);
    }

    @Test
    void theCheckSaysWhatWillHappenAndSavesNothingThenConfirmingStartsTheYear() throws Exception {
        SmallYear year = SmallYear.create(jdbc);
        Page check = Page.of(send(answers(year, "check", CHOICES)).getContentAsString());
        assertThat(check.h1()).isEqualTo("Check what will happen");
        assertThat(check.textOf("new-year-label")).isEqualTo("2014-15");
        assertThat(check.textOf("new-year-dates")).isEqualTo("1 April 2014 to 31 March 2015");
        assertThat(check.textOf("past-plan-end")).contains("2014-15 ends after the plan's last year (2014)");
        assertThat(check.texts("#priorities-kept li")).containsExactly("1 Keep me");
        assertThat(check.tableRows("#priorities-reworded")).containsExactly(List.of("2 Reword me", "2a Reworded"));
        assertThat(check.texts("#priorities-dropped li")).containsExactly("3 Drop me");
        assertThat(check.texts("#priorities-added li")).containsExactly("4 Brand new");
        assertThat(check.tableRows("#actions-carried")).containsExactly(
                List.of("2 Keep on with the second thing", "Milestone one of action 2 (June 2014) Milestone two of action 2 (June 2014)"),
                List.of("4 Finish the fourth thing late", "None"));
        assertThat(check.texts("#actions-completed li")).containsExactly("1 Finish the first thing", "5 Finish the fifth thing");
        assertThat(check.texts("#actions-orphaned li")).containsExactly("3 Do the third thing");
        assertThat(check.texts("#indicators-carried li")).hasSize(2);
        assertThat(check.texts("#prefilled h3")).containsExactly("1 Keep me: What we did in 2013-14",
                "2a Reworded: What we did in 2013-14");
        assertThat(check.texts("#prefilled li")).containsExactly("Finish the first thing",
                "Action 2: Latest word on action 2.", "Finish the fifth thing", "Action 4: Action 4 is under way.");
        assertThat(count("select count(*) from plan_year where plan_id = ?", year.planId())).isEqualTo(1);
        assertThat(count("select count(*) from plan_refresh where from_year_id = ?", year.yearId())).isZero();

        // Change: back to the form with every answer kept
        Page.Form sent = check.form("form[action$='/next-year']");
        MockHttpServletRequestBuilder change = post("/plan-years/" + year.yearId() + "/next-year");
        sent.fields().forEach(f -> change.param(f.getKey(), f.getValue()));
        Page changing = Page.of(send(change.param("step", "change")).getContentAsString());
        assertThat(changing.value("label")).isEqualTo("2014-15");
        assertThat(changing.isChecked("priorities1.choice-reword")).isTrue();
        assertThat(changing.value("priorities1.title")).isEqualTo("Reworded");
        assertThat(changing.isChecked("priorities2.choice-drop")).isTrue();
        assertThat(changing.value("added0.title")).isEqualTo("Brand new");

        // Confirm, from the check's own hidden fields
        MockHttpServletRequestBuilder confirm = post("/plan-years/" + year.yearId() + "/next-year");
        sent.fields().forEach(f -> confirm.param(f.getKey(), f.getValue()));
        MockHttpServletResponse confirmed = send(confirm.param("step", "confirm"));
        assertThat(confirmed.getStatus()).isEqualTo(302);
        long next = jdbc.queryForObject("select id from plan_year where plan_id = ? and label = '2014-15'", Long.class,
                year.planId());
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/plan-years/" + next);
        assertThat(jdbc.queryForMap("select start_date::text s, end_date::text e, previous_year_label p, status from plan_year"
                + " where id = ?", next)).isEqualTo(Map.of("s", "2014-04-01", "e", "2015-03-31", "p", "2013-14", "status", "DRAFT"));

        assertThat(jdbc.queryForList("select number || ' ' || title from priority where plan_year_id = ? order by position",
                String.class, next)).containsExactly("1 Keep me", "2a Reworded", "4 Brand new");
        long keep = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '1'", Long.class, next);
        long reworded = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '2a'", Long.class, next);
        long added = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '4'", Long.class, next);
        assertThat(jdbc.queryForObject("select lead_responsibility from priority where id = ?", String.class, keep))
                .isEqualTo("The lead of priority 1");
        assertThat(jdbc.queryForList("select title from priority_link where priority_id = ?", String.class, keep))
                .containsExactly("A strategy");
        assertThat(jdbc.queryForList("select heading from priority_section where priority_id = ? order by position",
                String.class, keep)).containsExactly("Why this matters", "What we did in 2013-14", "What we will do in 2014-15");
        assertThat(jdbc.queryForObject("select body from priority_section where priority_id = ? and position = 2",
                String.class, keep)).isEqualTo("""
                        Completed by 31 March 2014:
                        - Finish the first thing

                        From the October 2013 to March 2014 progress reports:
                        - Action 2: Latest word on action 2.""");
        assertThat(jdbc.queryForList("select heading from priority_section where priority_id = ? order by position",
                String.class, reworded)).containsExactly("Why this matters", "What we did in 2013-14");
        assertThat(count("select count(*) from priority_section where priority_id = ?", added)).isZero();

        assertThat(jdbc.queryForList("select number from plan_action where plan_year_id = ? order by position",
                String.class, next)).containsExactly("2", "4");
        assertThat(jdbc.queryForList("select p.number from action_priority ap join plan_action a on a.id = ap.action_id"
                + " join priority p on p.id = ap.priority_id where a.plan_year_id = ? order by a.position", String.class, next))
                .containsExactly("1", "2a");
        assertThat(jdbc.queryForList("select m.text || ' / ' || p.number || ' / ' || a.number from milestone m join priority p"
                + " on p.id = m.priority_id join plan_action a on a.id = m.action_id where p.plan_year_id = ? order by m.position",
                String.class, next)).containsExactly("Milestone one of action 2 / 1 / 2", "Milestone two of action 2 / 1 / 2");
        assertThat(jdbc.queryForList("select indicator_id from plan_year_indicator where plan_year_id = ? order by position",
                Long.class, next)).containsExactly(year.i1(), year.i2());
        assertThat(jdbc.queryForList("select indicator_id || ' ' || priority_id || ' ' || is_primary from indicator_priority"
                + " where priority_id in (select id from priority where plan_year_id = ?)", String.class, next))
                .containsExactly(year.i1() + " " + keep + " true");
        // the year started from is as it was
        assertThat(count("select count(*) from plan_action where plan_year_id = ?", year.yearId())).isEqualTo(5);
        assertThat(count("select count(*) from indicator_priority where priority_id = ?", year.p3())).isEqualTo(2);

        // The year's page says so, and links to its change log
        Page started = Page.of(read("/plan-years/" + next, ADMIN));
        assertThat(started.byId("changes-link").attr("href")).isEqualTo("/plan-years/" + next + "/changes");

        Page log = Page.of(read("/plan-years/" + next + "/changes", OFFICER));
        assertThat(log.h1()).isEqualTo("What changed: 2014-15");
        assertThat(log.textOf("refresh-from")).isEqualTo("2013-14");
        assertThat(log.element("#refresh-from a").attr("href")).isEqualTo("/plan-years/" + year.yearId());
        assertThat(log.textOf("refresh-by")).isEqualTo("admin");
        assertThat(log.texts("#change-groups a")).containsExactly("Priorities (4)", "Actions (5)", "Milestones (2)",
                "Indicators (2)", "Sections written (2)");
        assertThat(log.tableRows("#changes-priority-table")).containsExactly(
                List.of("Carried forward", "1 Keep me", "1 Keep me", ""),
                List.of("Reworded", "2 Reword me", "2a Reworded", ""),
                List.of("Dropped", "3 Drop me", "", ""),
                List.of("Added", "", "4 Brand new", ""));
        assertThat(log.tableRows("#changes-action-table")).containsExactly(
                List.of("Carried forward", "2 Keep on with the second thing", "2 Keep on with the second thing", ""),
                List.of("Carried forward", "4 Finish the fourth thing late", "4 Finish the fourth thing late", ""),
                List.of("Dropped", "1 Finish the first thing", "", "Completed by 31 March 2014"),
                List.of("Dropped", "5 Finish the fifth thing", "", "Completed by 31 March 2014"),
                List.of("Dropped", "3 Do the third thing", "", "Every priority it served was dropped"));

        // A second start from the same year is refused, naming the year started
        Page again = Page.of(read("/plan-years/" + year.yearId() + "/next-year", ADMIN));
        assertThat(again.textOf("refused-reason")).isEqualTo("2014-15 has already been started from 2013-14. Change 2014-15 instead.");
        assertThat(again.byId("started-year").attr("href")).isEqualTo("/plan-years/" + next);
        MockHttpServletRequestBuilder twice = post("/plan-years/" + year.yearId() + "/next-year");
        sent.fields().forEach(f -> twice.param(f.getKey(), f.getValue()));
        Page twicePage = Page.of(send(twice.param("step", "confirm")).getContentAsString());
        assertThat(twicePage.hasId("refused-reason")).isTrue();
        assertThat(count("select count(*) from plan_year where plan_id = ?", year.planId())).isEqualTo(2);
    }

    @Test
    void twoPeopleConfirmingAtOnceStartOneYearAndTheOtherIsToldWhy() throws Exception {
        SmallYear year = SmallYear.create(jdbc);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return send(answers(year, "confirm"));
                }));
            }
            go.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
            String refused = responses.stream().filter(r -> r.getStatus() == 200).findFirst().orElseThrow()
                    .getContentAsString();
            assertThat(refused).containsAnyOf("has already been started from 2013-14", "already has a year labelled 2014-15",
                    "Someone else has just started a year from 2013-14");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from plan_year where plan_id = ?", year.planId())).isEqualTo(2);
        assertThat(count("select count(*) from plan_refresh where from_year_id = ?", year.yearId())).isEqualTo(1);
    }

    @Test
    void aYearNotStartedFromAnotherHasAnEmptyChangeLog() throws Exception {
        SmallYear year = SmallYear.create(jdbc);
        Page log = Page.of(read("/plan-years/" + year.yearId() + "/changes", BOARD));
        assertThat(log.textOf("no-changes")).isEqualTo("2013-14 was not started from another year, so there is no change"
                + " log. A year started with Start the next plan year lists here what changed.");
        assertThat(log.hasId("refresh")).isFalse();
    }

    /** The form's answers: every priority kept, with {@code more} answers over them ("name", "value", ...). */
    private static MockHttpServletRequestBuilder answers(SmallYear year, String step, String... more) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("step", step);
        answers.put("label", "2014-15");
        answers.put("startDate.day", "1");
        answers.put("startDate.month", "4");
        answers.put("startDate.year", "2014");
        answers.put("endDate.day", "31");
        answers.put("endDate.month", "3");
        answers.put("endDate.year", "2015");
        long[] priorities = {year.p1(), year.p2(), year.p3()};
        for (int i = 0; i < priorities.length; i++) {
            answers.put("priorities[" + i + "].priorityId", String.valueOf(priorities[i]));
            answers.put("priorities[" + i + "].choice", "KEEP");
        }
        for (int i = 0; i < more.length; i += 2) {
            answers.put(more[i], more[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/plan-years/" + year.yearId() + "/next-year");
        answers.forEach(request::param);
        return request;
    }

    private static final String[] CHOICES = {"priorities[1].choice", "REWORD", "priorities[1].number", "2a",
            "priorities[1].title", "Reworded", "priorities[2].choice", "DROP", "added[0].number", "4",
            "added[0].title", "Brand new"};

    private String planTitle(SmallYear year) {
        return jdbc.queryForObject("select title from plan where id = ?", String.class, year.planId());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private String read(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }
}
