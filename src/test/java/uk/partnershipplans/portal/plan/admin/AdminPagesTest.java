package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may use the admin pages, and what they show when a save or delete is refused: never an error page. */
@IntegrationTest
class AdminPagesTest {

    private static final RequestPostProcessor ADMIN = user("a").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void boardMembersAndOfficersMayNotOpenOrSendTheAdminForms() throws Exception {
        Long plan = jdbc.queryForObject("select min(id) from plan", Long.class);
        for (String role : new String[] {"BOARD", "OFFICER"}) {
            SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor someone = user("x").roles(role);
            for (String page : new String[] {"/admin/partnerships", "/admin/partnerships/new", "/admin/plans",
                    "/admin/plans/" + plan, "/admin/plans/" + plan + "/edit", "/admin/frameworks", "/admin/indicators",
                    "/admin/indicators/new"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/plans/new").with(someone).with(csrf()).param("title", "Sent by " + role))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/plans/" + plan + "/delete").with(someone).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertNoPlanTitled("Sent by BOARD");
        assertNoPlanTitled("Sent by OFFICER");
    }

    @Test
    void adminsOpenTheAdminPages() throws Exception {
        Long plan = jdbc.queryForObject("select min(id) from plan", Long.class);
        for (String page : new String[] {"/admin", "/admin/partnerships", "/admin/plans", "/admin/plans/" + plan,
                "/admin/frameworks", "/admin/indicators", "/admin/indicators?page=2"}) {
            mvc.perform(get(page).with(ADMIN)).andExpect(status().isOk());
        }
    }

    @Test
    void aFigureSavedAs5Point00PerCentIsShownAs5Point00PerCentAndReopensSo() throws Exception {
        Long partnership = jdbc.queryForObject("select min(id) from partnership", Long.class);
        Long indicator = jdbc.queryForObject("insert into indicator (partnership_id, name, unit) values (?, ?, 'PERCENTAGE') "
                + "returning id", Long.class, partnership, "Illustrative absence " + UUID.randomUUID());
        mvc.perform(post("/admin/indicators/" + indicator + "/values/new").with(ADMIN).with(csrf())
                        .param("periodLabel", "2015/16 annual").param("figure", " 5.00% ").param("target", "4.50")
                        .param("nationalAverage", "5.2"))
                .andExpect(status().isFound());

        Page admin = Page.of(mvc.perform(get("/admin/indicators/" + indicator).with(ADMIN)).andReturn());
        assertThat(admin.table("Values")).anySatisfy(row -> assertThat(row).startsWith("2015/16 annual", "5.00", "4.50")
                .anySatisfy(cell -> assertThat(cell).contains("National average 5.2")));
        Page reading = Page.of(mvc.perform(get("/indicators/" + indicator).with(ADMIN)).andReturn());
        assertThat(reading.table("Figures for each period, latest last")).anySatisfy(row ->
                assertThat(row).startsWith("2015/16 annual", "5.00%", "5.2%").contains("4.50%"));
        Long value = jdbc.queryForObject("select id from indicator_value where indicator_id = ?", Long.class, indicator);
        Page form = Page.of(mvc.perform(get("/admin/indicator-values/" + value + "/edit").with(ADMIN)).andReturn());
        assertThat(form.input("figure").val()).isEqualTo("5.00");
        assertThat(form.input("target").val()).isEqualTo("4.50");
    }

    @Test
    void aValueFormWithWrongFiguresShowsEveryProblemAtOnceWithWhatWasTyped() throws Exception {
        Long indicator = jdbc.queryForObject("select min(id) from indicator where unit = 'PERCENTAGE'", Long.class);
        Page page = Page.of(mvc.perform(post("/admin/indicators/" + indicator + "/values/new").with(ADMIN).with(csrf())
                        .param("periodLabel", "").param("figure", "150%").param("target", "1,2"))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.errorSummaryLinks()).containsExactly("#periodLabel Enter the period, for example 2015/16 Q3",
                "#figure Figure must be between 0 and 100, as it is a percentage",
                "#target Target must be a number, like 85% or 1,200");
        assertThat(page.input("figure").val()).isEqualTo("150%");
        assertThat(page.input("target").val()).isEqualTo("1,2");
    }

    @Test
    void aFormWithErrorsIsShownAgainWithWhatWasTypedAndItsErrorsInPageOrder() throws Exception {
        Page page = Page.of(mvc.perform(post("/admin/partnerships/new").with(ADMIN).with(csrf())
                        .param("name", "").param("leadPartner", "Typed lead partner").param("url", "not a web address"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.title()).startsWith("Error: Add a partnership");
        assertThat(page.errorSummary()).extracting(Page.Link::href).containsSubsequence("#name", "#url");
        assertThat(page.errorSummaryLinks()).contains("#name Enter the name of the partnership");
        assertThat(page.input("leadPartner").val()).isEqualTo("Typed lead partner");
        assertThat(page.input("url").val()).isEqualTo("not a web address");
        Page plan = Page.of(mvc.perform(post("/admin/plans/new").with(ADMIN).with(csrf()).param("partnershipId", "1")
                        .param("title", "Typed title").param("startYear", "twenty fifteen").param("endYear", "2018")
                        .param("status", "DRAFT"))
                .andExpect(status().isOk()).andReturn());
        assertThat(plan.errorSummary()).extracting(Page.Link::text).contains("Start year must be a year in numbers, like 2015");
        assertThat(plan.input("startYear").val()).isEqualTo("twenty fifteen");
    }

    @Test
    void aValueTheFormCannotReadIsExplainedInPlainEnglish() throws Exception {
        Page page = Page.of(mvc.perform(post("/admin/plans/new").with(ADMIN).with(csrf()).param("partnershipId", "first")
                        .param("title", "Typed title").param("startYear", "2015").param("endYear", "2018")
                        .param("status", "DRAFT").param("version", "none"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.errorSummary()).extracting(Page.Link::text).containsExactly("Choose the partnership from the list",
                "The form was not sent as the page gave it: open the page again and make your change there");
        assertThat(page.input("title").val()).isEqualTo("Typed title");
    }

    @Test
    void aPlanYearsDatesAreReadByTheOneDateRuleWithTheFormsOtherErrors() throws Exception {
        Long plan = jdbc.queryForObject("select min(id) from plan", Long.class);
        Page page = Page.of(mvc.perform(post("/admin/plans/" + plan + "/years/new").with(ADMIN).with(csrf())
                        .param("label", "").param("startDate.day", "31").param("startDate.month", "2")
                        .param("startDate.year", "2015").param("endDate.day", "").param("endDate.month", "3")
                        .param("endDate.year", "2016"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.errorSummaryLinks()).containsExactly("#label Enter the label of the plan year",
                "#startDate Start date must be a real date, for example 1 4 2015", "#endDate End date must include a day");
        assertThat(page.input("startDate.day").val()).isEqualTo("31");
        Page blank = Page.of(mvc.perform(post("/admin/plans/" + plan + "/years/new").with(ADMIN).with(csrf())
                        .param("label", "2031-32"))
                .andExpect(status().isOk()).andReturn());
        assertThat(blank.errorSummaryLinks()).containsExactly("#startDate Enter the start date", "#endDate Enter the end date");
    }

    @Test
    void howAYearReportsAnIndicatorCanBeChangedWithoutChoosingTheYearAgain() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("select id, version, category, new_indicator, in_development,"
                + " also_reported_in from plan_year_indicator order by id limit 1");
        mvc.perform(post("/admin/plan-year-indicators/" + row.get("id") + "/edit").with(ADMIN).with(csrf())
                        .param("version", String.valueOf(row.get("version")))
                        .param("category", row.get("category") == null ? "" : row.get("category").toString())
                        .param("newIndicator", row.get("new_indicator").toString())
                        .param("inDevelopment", row.get("in_development").toString())
                        .param("alsoReportedIn", "Also in the health and wellbeing plan"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/admin/indicators/*"));
        try {
            assertThat(jdbc.queryForObject("select also_reported_in from plan_year_indicator where id = ?", String.class,
                    row.get("id"))).isEqualTo("Also in the health and wellbeing plan");
        } finally {
            jdbc.update("update plan_year_indicator set also_reported_in = ? where id = ?", row.get("also_reported_in"),
                    row.get("id"));
        }
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndShowsTheSavedValuesWithWhoSavedThem() throws Exception {
        String name = "Example Partnership " + UUID.randomUUID();
        String location = mvc.perform(post("/admin/partnerships/new").with(ADMIN).with(csrf()).param("name", name))
                .andExpect(redirectedUrlPattern("/admin/partnerships/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/edit").with(ADMIN).with(csrf()).param("name", name).param("description", "Saved first")
                .param("version", "0")).andExpect(redirectedUrlPattern("/admin/partnerships/*"));

        mvc.perform(post(location + "/edit").with(ADMIN).with(csrf()).param("name", name).param("description", "From an old form")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this while you were editing it")))
                .andExpect(content().string(containsString(">From an old form</textarea>")))
                .andExpect(content().string(containsString("id=\"saved-by\">a saved it on ")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"description-saved\">\\s*<strong>Saved by someone else:</strong>\\s*Saved first\\s*</div>.*")));
        assertThat(jdbc.queryForObject("select description from partnership where name = ?",
                String.class, name)).isEqualTo("Saved first");
    }

    @Test
    void deletingWhatOthersUseIsRefusedWithTheReasonOnThePage() throws Exception {
        Long year = DemoData.year2013(jdbc);
        String reason = "You cannot delete plan year 2013-14 because it has 7 priorities, 17 actions and 22 indicators reported. "
                + "Remove them first, or mark the plan as superseded.";
        mvc.perform(get("/admin/plan-years/" + year + "/delete").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(not(containsString("govuk-button--warning"))));
        mvc.perform(post("/admin/plan-years/" + year + "/delete").with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)));
        assertThat(jdbc.queryForObject("select count(*) from plan_year where id = ?",
                Integer.class, year)).isOne();
    }

    @Test
    void somethingNobodyUsesIsDeletedAfterConfirmation() throws Exception {
        String name = "Example Partnership " + UUID.randomUUID();
        String location = mvc.perform(post("/admin/partnerships/new").with(ADMIN).with(csrf()).param("name", name))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location + "/delete").with(ADMIN))
                .andExpect(content().string(containsString("Are you sure you want to delete the partnership " + name + "?")));

        mvc.perform(post(location + "/delete").with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/partnerships"));
        assertThat(jdbc.queryForObject("select count(*) from partnership where name = ?",
                Integer.class, name)).isZero();
    }

    @Test
    void aPartOfAPlanIsAddedChangedAndDeletedOnThePagesOfItsKindAndOnlyWhereItsKindSits() throws Exception {
        Long plan = jdbc.queryForObject("select min(id) from plan", Long.class);
        mvc.perform(post("/admin/plans/" + plan + "/principles/new").with(ADMIN).with(csrf())
                        .param("number", "901").param("title", " Example principle "))
                .andExpect(redirectedUrl("/admin/plans/" + plan + "#principles"));
        Long id = jdbc.queryForObject("select id from principle where plan_id = ? and number = 901", Long.class, plan);
        assertThat(jdbc.queryForObject("select title from principle where id = ?", String.class, id)).isEqualTo("Example principle");

        mvc.perform(post("/admin/principles/" + id + "/edit").with(ADMIN).with(csrf())
                        .param("number", "nine").param("title", "Changed").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Change the cross-cutting principle")))
                .andExpect(content().string(containsString("Number must be a whole number, like 2")))
                .andExpect(content().string(containsString("value=\"nine\"")));
        mvc.perform(get("/admin/principles/" + id + "/delete").with(ADMIN))
                .andExpect(content().string(containsString("Are you sure you want to delete cross-cutting principle 901: Example principle?")));
        mvc.perform(post("/admin/principles/" + id + "/delete").with(ADMIN).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/plans/" + plan + "#principles"));
        assertThat(jdbc.queryForObject("select count(*) from principle where id = ?", Integer.class, id)).isZero();

        // An operational objective goes under a strategic objective, and a key theme straight into a plan
        mvc.perform(get("/admin/plans/" + plan + "/operational-objectives/new").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/strategic-objectives/" + plan + "/themes/new").with(ADMIN).with(csrf())
                .param("number", "902").param("title", "Misplaced")).andExpect(status().isNotFound());
    }

    private void assertNoPlanTitled(String title) {
        assertThat(jdbc.queryForObject("select count(*) from plan where title = ?", Integer.class, title))
                .isZero();
    }
}
