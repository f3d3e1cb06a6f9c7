package uk.partnershipplans.portal.governance.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * The planning team keeps the risk register of the 2011-14 plan and the board reads it: bad input refused with every
 * problem at once and what was typed kept, the score and rating worked out, the register by score with a filter by
 * rating, 20 risks to a page at a fixed cost in statements, the history of changes, and deleting after a confirmation.
 * On a database of its own, whose risks it removes after each test.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class RiskRegisterTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private long year;
    private long priority;

    @BeforeEach
    void findThePlan() {
        plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        year = DemoData.year2013(jdbc);
        priority = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class, year);
    }

    @AfterEach
    void removeTheRisks() {
        jdbc.update("delete from plan_risk");
    }

    @Test
    void everyProblemIsListedAtOnceAndWhatWasTypedIsKept() throws Exception {
        MockHttpServletResponse refused = send(risk(post("/admin/plans/" + plan + "/risks/new"),
                "title", " ", "likelihood", "", "reviewDate.day", "31", "reviewDate.month", "2"));
        Page page = Page.of(refused.getContentAsString());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.errorSummary()).extracting(Page.Link::text).containsExactlyInAnyOrder(
                "Enter the risk",
                "Choose how likely the risk is, from 1 to 5",
                "The date of the next review must be a real date, for example 31 3 2027");
        assertThat(page.value("area")).isEqualTo("Workforce");
        assertThat(page.value("owner")).isEqualTo("Service Director, Children's Social Care");
        assertThat(page.value("reviewDate")).isEqualTo("31");
        assertThat(page.value("reviewDate-month")).isEqualTo("2");
        assertThat(page.isChecked("impact-4")).as("the impact chosen, 4, stays chosen").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from plan_risk", Integer.class)).isZero();

        long otherPlansPriority = jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id"
                + " join plan pl on pl.id = y.plan_id where pl.title = ? order by p.id limit 1", Long.class, DemoData.PLAN_2014);
        Page otherPlan = Page.of(send(risk(post("/admin/plans/" + plan + "/risks/new"),
                "priorityIds", String.valueOf(otherPlansPriority))).getContentAsString());
        assertThat(otherPlan.errorSummary()).extracting(Page.Link::text).containsExactly("Choose priorities of this plan");
        Page notANumber = Page.of(send(risk(post("/admin/plans/" + plan + "/risks/new"), "impact", "high"))
                .getContentAsString());
        assertThat(notANumber.errorSummary()).extracting(Page.Link::text)
                .containsExactly("Choose the impact of the risk, from 1 to 5");
        assertThat(jdbc.queryForObject("select count(*) from plan_risk", Integer.class)).isZero();
    }

    @Test
    void aRiskIsScoredRatedAndReadByTheBoardWithItsHistory() throws Exception {
        MockHttpServletResponse created = send(risk(post("/admin/plans/" + plan + "/risks/new"),
                "planYearId", String.valueOf(year), "priorityIds", String.valueOf(priority)));
        long id = jdbc.queryForObject("select id from plan_risk", Long.class);
        assertThat(created.getRedirectedUrl()).isEqualTo("/risks/" + id);

        Page page = Page.of(read("/risks/" + id, BOARD));
        assertThat(page.h1()).isEqualTo("Staff turnover in children's social care");
        assertThat(page.text("#risk-summary .govuk-tag")).isEqualTo("Amber");
        assertThat(page.textOf("score")).isEqualTo("Score 12: likelihood 3 (Possible) × impact 4 (Major)");
        assertThat(page.summaryRows()).containsEntry("Area", "Workforce").containsEntry("Plan year", "2013-14")
                .containsEntry("Next review", "31 March 2027");
        assertThat(page.text("#risk-summary")).contains("3.1 ");
        assertThat(page.texts("main p")).contains("Recruit and retain social workers through the workforce plan.");

        String form = "/admin/plans/" + plan + "/risks/" + id + "/edit";
        assertThat(send(risk(post(form), "likelihood", "5", "planYearId", String.valueOf(year), "version", version(id)))
                .getRedirectedUrl()).isEqualTo("/risks/" + id);
        assertThat(Page.of(read("/risks/" + id, BOARD)).text("#risk-summary .govuk-tag")).isEqualTo("Red");

        Page stale = Page.of(send(risk(post(form), "likelihood", "1", "version", "0")).getContentAsString());
        assertThat(stale.hasId("saved-version")).as("a save of a risk changed meanwhile is refused").isTrue();

        List<List<String>> history = Page.of(read("/risks/" + id + "/history", BOARD)).tableRows("#history");
        assertThat(history).anySatisfy(row -> assertThat(row.subList(2, 5)).containsExactly("Likelihood", "3", "5"));
        assertThat(history).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("Priorities at risk"));
    }

    @Test
    void theRegisterListsTheHighestScoreFirstTwentyToAPageAndFiltersByRating() throws Exception {
        int[][] scores = {{1, 2}, {5, 5}, {3, 3}, {2, 3}, {4, 4}};
        for (int[] score : scores) {
            insert("Risk scored " + score[0] * score[1], score[0], score[1]);
        }
        Page register = Page.of(read("/plans/" + plan + "/risks", BOARD));
        assertThat(register.texts("#risks tbody th a")).containsExactly("Risk scored 25", "Risk scored 16",
                "Risk scored 9", "Risk scored 6", "Risk scored 2");
        assertThat(register.texts("#risks tbody .govuk-tag")).containsExactly("Red", "Red", "Amber", "Green", "Green");
        assertThat(Page.of(read("/plans/" + plan + "/risks?rating=RED", BOARD)).texts("#risks tbody th a"))
                .containsExactly("Risk scored 25", "Risk scored 16");
        assertThat(Page.of(read("/plans/" + plan + "/risks?rating=AMBER", BOARD)).texts("#risks tbody th a"))
                .containsExactly("Risk scored 9");
        assertThat(Page.of(read("/plans/" + plan + "/risks?rating=nonsense", BOARD)).count("#risks tbody tr")).isEqualTo(5);

        for (int n = 0; n < 20; n++) {
            insert("More risk " + n, 1, 1);
        }
        Page first = Page.of(read("/plans/" + plan + "/risks", BOARD));
        assertThat(first.count("#risks tbody tr")).isEqualTo(20);
        assertThat(first.text("#risks caption")).startsWith("25 risks");
        assertThat(first.has(".govuk-pagination")).isTrue();
        Page second = Page.of(read("/plans/" + plan + "/risks?page=2", BOARD));
        assertThat(second.count("#risks tbody tr")).isEqualTo(5);
        assertThat(second.texts("#risks tbody .govuk-tag")).containsOnly("Green");
        assertThat(Page.of(read("/plans/" + plan + "/risks?page=9", BOARD)).count("#risks tbody tr"))
                .as("beyond the last page: the last page").isEqualTo(5);
        assertThat(Page.of(read("/plans/" + plan + "/risks?rating=GREEN&page=2", BOARD)).links())
                .extracting(Page.Link::href).contains("/plans/" + plan + "/risks?rating=GREEN&page=1");
    }

    @Test
    void theRegisterCostsTheSameStatementsForOneRiskAndForAPageOfThem(@Autowired EntityManagerFactory factory)
            throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long one = insert("The only risk", 2, 2);
            jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", one, priority);
            long alone = statements(statistics, "/plans/" + plan + "/risks");
            for (int n = 0; n < 24; n++) {
                long risk = insert("Risk " + n, 1 + n % 5, 1 + n % 3);
                jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", risk, priority);
            }
            long statements = statements(statistics, "/plans/" + plan + "/risks");
            // a first page that is not full needs no count of the risks
            assertThat(statements).isPositive().isLessThanOrEqualTo(8).isBetween(alone, alone + 1);
            for (int n = 0; n < 40; n++) {
                long risk = insert("More risk " + n, 1 + n % 5, 1 + n % 4);
                jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", risk, priority);
            }
            assertThat(statements(statistics, "/plans/" + plan + "/risks")).isEqualTo(statements);
            assertThat(statements(statistics, "/plans/" + plan + "/risks?page=2")).isEqualTo(statements);
            assertThat(statements(statistics, "/plans/" + plan + "/risks?rating=GREEN")).isEqualTo(statements);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aRiskIsDeletedOnlyAfterAConfirmationOfTheVersionShown() throws Exception {
        long id = insert("Loss of funding for early help", 4, 5);
        String delete = "/admin/plans/" + plan + "/risks/" + id + "/delete";
        Page confirmation = Page.of(read(delete, ADMIN));
        assertThat(confirmation.h1()).contains("the risk “Loss of funding for early help”");
        assertThat(jdbc.queryForObject("select count(*) from plan_risk", Integer.class)).isEqualTo(1);

        jdbc.update("update plan_risk set owner = 'Someone else', version = version + 1 where id = ?", id);
        assertThat(send(post(delete).param("version", "0")).getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from plan_risk", Integer.class))
                .as("not deleted: it changed after the confirmation was shown").isEqualTo(1);

        assertThat(send(post(delete).param("version", version(id))).getRedirectedUrl()).isEqualTo("/plans/" + plan + "/risks");
        assertThat(jdbc.queryForObject("select count(*) from plan_risk", Integer.class)).isZero();
        assertThat(mvc.perform(get("/risks/" + id).with(BOARD)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPriorityOrYearARiskNamesIsNotDeletedFromUnderIt() throws Exception {
        long id = insert("Loss of funding for early help", 4, 5);
        jdbc.update("update plan_risk set plan_year_id = ? where id = ?", year, id);
        jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", id, priority);
        Page priorityPage = Page.of(read("/admin/plan-years/" + year + "/priorities/" + priority + "/delete", ADMIN));
        assertThat(priorityPage.text("main")).contains("You cannot delete priority 3.1 because it has", "1 risk naming it");
        Page yearPage = Page.of(read("/admin/plan-years/" + year + "/delete", ADMIN));
        assertThat(yearPage.text("main")).contains("1 risk naming it");
    }

    @Test
    void anOfficerDoesNotSeeTheRegisterAndTheHelpStatesTheRule() throws Exception {
        assertThat(mvc.perform(get("/plans/" + plan + "/risks").with(user("officer").roles("OFFICER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        Page help = Page.of(read("/help/risks", user("officer").roles("OFFICER")));
        assertThat(help.tableRows("#rating-rule")).containsExactly(List.of("15 to 25", "Red"),
                List.of("8 to 12", "Amber"), List.of("1 to 6", "Green"));
        assertThat(Page.of(read("/help/status", BOARD)).links()).extracting(Page.Link::href).contains("/help/risks");
        Page planPage = Page.of(read("/plans/" + plan, BOARD));
        assertThat(planPage.links()).extracting(Page.Link::href).contains("/plans/" + plan + "/risks",
                "/plans/" + plan + "/vulnerable-groups");
    }

    @Test
    void theWholeRegisterIsAReportAsAnAccessiblePdfAndAWordDocument() throws Exception {
        insert("Partners withdraw funding", 4, 5);
        insert("Data not shared", 2, 3);
        MockHttpServletResponse pdf = mvc.perform(get("/plans/" + plan + "/risks.pdf").with(BOARD)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(PdfUa.failedRules(pdf.getContentAsByteArray())).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Risk register: " + DemoData.PLAN_2011, "a score from 15 to 25 is rated Red");
            assertThat(text.indexOf("Partners withdraw funding")).as("the highest score first")
                    .isLessThan(text.indexOf("Data not shared"));
        }
        try (WordFile word = WordFile.of(mvc.perform(get("/plans/" + plan + "/risks.docx").with(BOARD)).andReturn()
                .getResponse().getContentAsByteArray())) {
            assertThat(word.tables()).singleElement().satisfies(table -> {
                assertThat(table.headerRows()).isEqualTo(1);
                assertThat(table.rows()).hasSize(3);
                assertThat(table.rows().get(1)).startsWith("Partners withdraw funding", "Finance", "20 (4 × 5)", "Red");
            });
        }
        assertThat(mvc.perform(get("/plans/" + plan + "/risks.pdf").with(user("officer").roles("OFFICER"))).andReturn()
                .getResponse().getStatus()).as("board members and admins only").isEqualTo(403);
    }

    private long statements(Statistics statistics, String path) throws Exception {
        jdbc.update("update content_version set version = version + 1");
        statistics.clear();
        read(path, BOARD);
        return statistics.getPrepareStatementCount();
    }

    private long insert(String title, int likelihood, int impact) {
        return jdbc.queryForObject("insert into plan_risk (plan_id, title, area, likelihood, impact, owner, review_date)"
                + " values (?, ?, 'Finance', ?, ?, 'Treasurer', date '2027-03-31') returning id", Long.class, plan, title,
                likelihood, impact);
    }

    private static MockHttpServletRequestBuilder risk(MockHttpServletRequestBuilder request, String... typed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", "Staff turnover in children's social care");
        fields.put("description", "Vacancies among social workers slow assessments.");
        fields.put("area", "Workforce");
        fields.put("cause", "A national shortage of experienced social workers.");
        fields.put("likelihood", "3");
        fields.put("impact", "4");
        fields.put("owner", "Service Director, Children's Social Care");
        fields.put("mitigations", "Recruit and retain social workers through the workforce plan.");
        fields.put("reviewDate.day", "31");
        fields.put("reviewDate.month", "3");
        fields.put("reviewDate.year", "2027");
        fields.put("version", "0");
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from plan_risk where id = ?", Long.class, id));
    }
}
