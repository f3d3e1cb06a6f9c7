package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.TestDatabase;
import uk.partnershipplans.portal.support.WordFile;

/**
 * Equality impact assessments: the demo plan's section 7 as the 2013-14 refresh prints it, read by every signed-in
 * person of the partnership; an admin records one in two parts, with what was typed kept when a form is refused, rows
 * for the characteristics, an action and an outcome; nothing in use is deleted; its history; and the assessment as an
 * accessible PDF and a Word document. On a database of its own, since it adds to the demo plan.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class EqualityAssessmentTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoPlansAssessmentShowsOnThe2013To14PlansPagesAsSection7PrintsIt() throws Exception {
        long plan = plan();
        long year = DemoData.year2013(jdbc);
        assertThat(Page.of(read("/plans/" + plan, OFFICER)).attr("equality-assessments-link", "href"))
                .isEqualTo("/plans/" + plan + "/equality-assessments");
        assertThat(Page.of(read("/plan-years/" + year, OFFICER)).attr("equality-assessments-link", "href"))
                .isEqualTo("/plans/" + plan + "/equality-assessments");

        Page list = Page.of(read("/plans/" + plan + "/equality-assessments", OFFICER));
        assertThat(list.tableRows("#assessments")).contains(List.of("This plan", "2013-14", "Not given"));
        long assessment = jdbc.queryForObject("select id from equality_assessment where plan_year_id = ?", Long.class, year);

        Page page = Page.of(read("/equality-assessments/" + assessment, OFFICER));
        assertThat(page.h1()).isEqualTo("Equality impact assessment: This plan");
        assertThat(page.text("main")).contains("We are fully committed to the promotion of equality and diversity"
                        + " through the implementation of this plan.",
                "The JSNA children's chapter includes analyses based on age, disability, race, religion or belief and social"
                        + " exclusion (we had insufficient data to produce analyses based on gender reassignment or sexual orientation).",
                "Our findings are summarised here.");
        assertThat(page.texts("main h2")).contains("The table below identifies the key findings from our Equality Impact Assessment");
        List<List<String>> rows = page.table("Findings of “The table below identifies the key findings from our Equality"
                + " Impact Assessment” for each protected characteristic and group");
        assertThat(rows).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("Age", "Yes", "No", "No"),
                List.of("Disability", "Yes", "No", "No"),
                List.of("Gender/Gender reassignment", "Yes", "No", "No"),
                List.of("Race", "Yes", "No", "No"),
                List.of("Religion or belief", "No", "No", "No"),
                List.of("Sexual orientation", "No", "No", "No"),
                List.of("Other area of social exclusion", "Yes", "No", "No"));
        assertThat(rows.get(5).get(4)).isEqualTo("We have no direct evidence of either particular needs or potential"
                + " adverse impact. Our partner services have relevant equal opportunities policies.");

        // In the published plan of the year, after the work the partnership supports, as section 7 is after section 6
        Page published = Page.of(read("/plan-years/" + year + "/published", OFFICER));
        assertThat(published.texts("main h2")).containsSubsequence("Summary of performance indicators for 2013-14",
                "Equality impact assessment: This plan");
        assertThat(published.table("Findings of “The table below identifies the key findings from our Equality Impact"
                + " Assessment” for each protected characteristic and group")).isEqualTo(rows);
        assertThat(published.text("main")).contains("Our findings are summarised here.");

        assertThat(page.hasId("change-assessment")).as("officers only read").isFalse();
        assertThat(page.hasId("history-link")).isFalse();
        assertThat(Page.of(read("/equality-assessments/" + assessment, BOARD)).hasId("history-link")).isTrue();
        assertThat(mvc.perform(get("/equality-assessments/" + assessment + "/history").with(OFFICER)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdminRecordsAnAssessmentInTwoPartsAndGetsItAsAPdfAndAWordDocument() throws Exception {
        long plan = plan();
        String created = "/admin/plans/" + plan + "/equality-assessments/new";

        int before = count("equality_assessment where plan_id = " + plan);
        // No subject and a date that is not one: both said at once, what was typed kept, nothing saved
        Page refused = Page.of(send(post(created).param("subject", " ").param("introduction", "The review's proposals.")
                .param("approvedOn.day", "31").param("approvedOn.month", "2").param("approvedOn.year", "2014"))
                .getContentAsString());
        assertThat(refused.errorSummary()).extracting(Page.Link::text).containsExactly(
                "Enter what the assessment assesses", "Date approved must be a real date, for example 17 6 2013");
        assertThat(refused.byId("introduction").val()).isEqualTo("The review's proposals.");
        assertThat(refused.value("approvedOn")).isEqualTo("31");
        assertThat(count("equality_assessment where plan_id = " + plan)).as("nothing saved").isEqualTo(before);

        MockHttpServletResponse saved = send(post(created).param("subject", "The proposals of the annual review")
                .param("introduction", "The review's proposals.").param("approvedBy", "Children's Trust Board")
                .param("approvedOn.day", "17").param("approvedOn.month", "6").param("approvedOn.year", "2013"));
        long assessment = jdbc.queryForObject("select id from equality_assessment where subject = ?", Long.class,
                "The proposals of the annual review");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/equality-assessments/" + assessment);

        String parts = "/admin/equality-assessments/" + assessment + "/assessment-parts/new";
        send(post(parts).param("title", "Our proposals").param("informationUsed", "- Joint Strategic Needs Assessment")
                .param("outcome", "ADJUST").param("outcomeReason", "Two proposals are adjusted.")
                .param("monitoring", "The board reviews the actions each six months."));
        send(post(parts).param("title", "Our priorities").param("outcome", "NO_MAJOR_CHANGE"));
        long proposals = partNamed("Our proposals");
        long priorities = partNamed("Our priorities");

        long age = characteristic("Age");
        String rows = "/admin/assessment-parts/" + proposals + "/assessment-rows/new";
        send(post(rows).param("characteristicId", String.valueOf(age)).param("positiveImpact", "Young people aged 16-19")
                .param("adverseImpact", "No").param("unmetNeed", "No").param("evidence", "Participation figures."));
        Page twice = Page.of(send(post(rows).param("characteristicId", String.valueOf(age)).param("evidence", "Again"))
                .getContentAsString());
        assertThat(twice.errorSummary()).extracting(Page.Link::text).containsExactly("This part already has a row for Age");
        assertThat(twice.byId("evidence").val()).isEqualTo("Again");
        send(post("/admin/assessment-parts/" + priorities + "/assessment-rows/new")
                .param("characteristicId", String.valueOf(characteristic("Disability"))).param("positiveImpact", "Yes"));

        String actions = "/admin/assessment-parts/" + proposals + "/assessment-actions/new";
        Page badDate = Page.of(send(post(actions).param("text", "Publish the findings in easy read").param("lead", "Team manager")
                .param("dueOn.day", "30").param("dueOn.month", "13").param("dueOn.year", "2013")).getContentAsString());
        assertThat(badDate.errorSummary()).hasSize(1);
        assertThat(badDate.byId("text").val()).isEqualTo("Publish the findings in easy read");
        send(post(actions).param("text", "Publish the findings in easy read").param("lead", "Team manager")
                .param("dueOn.day", "30").param("dueOn.month", "9").param("dueOn.year", "2013"));

        Page page = Page.of(read("/equality-assessments/" + assessment, BOARD));
        assertThat(page.texts("main h2")).containsSubsequence("Our proposals", "Our priorities", "Approval");
        assertThat(page.textOf("outcome-" + proposals)).isEqualTo("Adjust the policy");
        assertThat(page.textOf("outcome-" + priorities)).isEqualTo("No major change");
        assertThat(page.tableRows("#actions-" + proposals))
                .containsExactly(List.of("Publish the findings in easy read", "Team manager", "30 September 2013"));
        assertThat(page.textOf("approved")).isEqualTo("Approved by Children's Trust Board on 17 June 2013.");

        // Nothing in use is deleted
        long partVersion = jdbc.queryForObject("select version from equality_assessment_part where id = ?", Long.class, proposals);
        assertThat(send(post("/admin/equality-assessments/" + assessment + "/assessment-parts/" + proposals + "/delete")
                .param("version", String.valueOf(partVersion))).getContentAsString())
                .contains("This part cannot be deleted while it has 1 row and 1 action.");
        assertThat(send(post("/admin/plans/" + plan + "/equality-assessments/" + assessment + "/delete")
                .param("version", "0")).getContentAsString()).contains("This assessment cannot be deleted while it has 2 parts.");
        assertThat(read("/admin/protected-characteristics/" + age + "/delete", ADMIN))
                .contains("This cannot be deleted while");
        assertThat(count("equality_assessment_part where assessment_id = " + assessment)).isEqualTo(2);

        // A characteristic a partnership adds, then offered on its rows
        long partnership = DemoData.partnership(jdbc).iterator().next();
        send(post("/admin/protected-characteristics/new").param("partnershipId", String.valueOf(partnership))
                .param("name", "Young carers"));
        assertThat(Page.of(read(rows, ADMIN)).texts("#characteristicId option")).contains("Age", "Young carers");
        Page sameName = Page.of(send(post("/admin/protected-characteristics/new").param("partnershipId",
                String.valueOf(partnership)).param("name", "young carers")).getContentAsString());
        assertThat(sameName.errorSummary()).extracting(Page.Link::text).containsExactly("The list already has “young carers”");

        // Its history
        assertThat(Page.of(read("/equality-assessments/" + assessment + "/history", BOARD)).text("main"))
                .contains("What it assesses", "The proposals of the annual review", "Part “Our proposals”", "Outcome",
                        "Adjust the policy", "Action “Publish the findings in easy read”", "admin");

        // As documents
        MockHttpServletResponse pdf = mvc.perform(get("/equality-assessments/" + assessment + ".pdf").with(OFFICER))
                .andReturn().getResponse();
        assertThat(pdf.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"equality-impact-assessment-The-proposals-of-the-annual-review.pdf\"");
        assertThat(PdfUa.failedRules(pdf.getContentAsByteArray())).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Equality impact assessment: The proposals of the annual review", "Our proposals", "Our priorities",
                    "Young people aged 16-19", "Publish the findings in easy read", "Adjust the policy",
                    "Approved by Children's Trust Board on 17 June 2013.");
        }
        byte[] docx = mvc.perform(get("/equality-assessments/" + assessment + ".docx").with(OFFICER)).andReturn()
                .getResponse().getContentAsByteArray();
        try (WordFile word = WordFile.of(docx)) {
            assertThat(word.title()).isEqualTo("Equality impact assessment: The proposals of the annual review");
            assertThat(word.headings(2)).containsSubsequence("Our proposals", "Our priorities", "Approval");
            assertThat(word.tables()).anySatisfy(table -> {
                assertThat(table.headerRows()).isEqualTo(1);
                assertThat(table.rows().get(1)).containsExactly("Age", "Young people aged 16-19", "No", "No",
                        "Participation figures.");
            });
        }
    }

    private long plan() {
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
    }

    private long partNamed(String title) {
        return jdbc.queryForObject("select id from equality_assessment_part where title = ?", Long.class, title);
    }

    private long characteristic(String name) {
        return jdbc.queryForObject("select id from protected_characteristic where partnership_id is null and name = ?",
                Long.class, name);
    }

    private int count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Integer.class);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
