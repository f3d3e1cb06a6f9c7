package uk.partnershipplans.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The planning team prepares the January 2013 committee report from the 2012-13 year at 30 September 2012: its
 * sections as written, its summary of progress worked out from the plan, its implications and recommendation; issues
 * it, after which it reads as issued whatever changes in the plan; and records the committee's decision. On a database
 * of its own, since it changes a figure of the demo plan.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class CommitteeReportTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    private static final String INFORMATION = """
            Nottinghamshire Children's Trust is a partnership of organisations that provide services to children, young \
            people and families in Nottinghamshire.

            This report provides an overview of the recent activities of the Children's Trust Executive, and focuses on \
            three areas of work:
            - the activities and achievements of the Children's Trust Executive
            - the development of Locality Management Groups
            - six-monthly progress report using the performance indicators identified in the CYPF Plan 2011-14""";

    private static final Map<String, String> FORM = form();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlanningTeamPreparesIssuesAndRecordsTheDecisionOnACommitteeReport() throws Exception {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2012-13'", Long.class, DemoData.PLAN_2011);

        // A date that is not a date, and no title: refused, with what was typed kept
        MockHttpServletResponse refused = send(paper(post("/admin/plan-years/" + year + "/committee-reports/new"),
                "title", "", "meetingDate.day", "32"));
        Page refusedPage = Page.of(refused.getContentAsString());
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refusedPage.errorSummary()).extracting(Page.Link::text)
                .contains("Enter the title", "The date of the meeting must be a real date, for example 14 1 2013");
        assertThat(refusedPage.value("meeting")).isEqualTo("Children and Young People's Committee");
        assertThat(jdbc.queryForObject("select count(*) from committee_report", Integer.class)).isZero();

        MockHttpServletResponse created = send(paper(post("/admin/plan-years/" + year + "/committee-reports/new")));
        assertThat(created.getStatus()).isEqualTo(302);
        long report = jdbc.queryForObject("select id from committee_report", Long.class);
        assertThat(created.getRedirectedUrl()).isEqualTo("/committee-reports/" + report);

        // Not issued without a recommendation
        String issuePage = "/admin/committee-reports/" + report + "/issue";
        Page notReady = Page.of(send(post(issuePage).param("version", version(report))).getContentAsString());
        assertThat(notReady.errorSummary()).extracting(Page.Link::text)
                .containsExactly("The paper needs at least one recommendation before it is issued");

        assertThat(send(post("/admin/committee-reports/" + report + "/implications/new")
                .param("heading", "Equalities implications").param("text", "The development of the CYPF Plan included an"
                        + " Equality Impact Assessment.")).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/committee-reports/" + report + "/implications/new")
                .param("heading", "Safeguarding of children implications").param("text", "The CYPF Plan identifies how"
                        + " partner organisations will work together to safeguard children.")).getStatus()).isEqualTo(302);
        assertThat(send(post("/admin/committee-reports/" + report + "/recommendations/new")
                .param("text", "That the Committee notes the contents of the report.")).getStatus()).isEqualTo(302);

        // The draft: paragraphs numbered through the paper, the summary worked out from the plan at 30 September 2012
        Page draft = Page.of(read("/committee-reports/" + report, BOARD));
        Page summary = Page.of(read("/plan-years/" + year + "/summary?on.day=30&on.month=9&on.year=2012", BOARD));
        assertThat(draft.h1()).isEqualTo("Officer group report: Nottinghamshire Children's Trust");
        assertThat(draft.textOf("paper-state")).startsWith("Draft");
        assertThat(draft.textOf("paper-meeting")).isEqualTo("Report to the Children and Young People's Committee, 14 January 2013");
        assertThat(draft.texts(".portal-paper p")).contains(
                "1. To provide an overview of the activities and performance of Nottinghamshire Children's Trust.",
                "2. Nottinghamshire Children's Trust is a partnership of organisations that provide services to children,"
                        + " young people and families in Nottinghamshire.",
                "4. In summary, the performance report at 30 September 2012 indicates that:",
                "5. The activities reported on here contribute to the implementation of the CYPF Plan.",
                "8. The development of the CYPF Plan included an Equality Impact Assessment.");
        List<String> exceeding = summary.texts("#exceeding tbody th");
        assertThat(exceeding).hasSize(8);
        assertThat(draft.textOf("paper-summary-points")).contains("of the 12 performance indicators where comparison"
                + " information is available:", "8 show performance exceeding the national average. These are:")
                .contains(exceeding);
        assertThat(draft.text("#paper-appendix")).isEqualTo("Appendix 1: performance report at 30 September 2012");

        // Issued: kept as it reads now
        MockHttpServletResponse issued = send(post(issuePage).param("version", version(report)));
        assertThat(issued.getRedirectedUrl()).isEqualTo("/committee-reports/" + report);
        String asIssued = Page.of(read("/committee-reports/" + report, BOARD)).text(".portal-paper");
        assertThat(asIssued).isEqualTo(draft.text(".portal-paper"));
        jdbc.update("update indicator_value set national_comparison = 'Worse than the national average'"
                + " where national_comparison = 'Better than the national average' and period_end <= date '2012-09-30'");
        assertThat(Page.of(read("/plan-years/" + year + "/summary?on.day=30&on.month=9&on.year=2012", BOARD)).hasId("exceeding"))
                .as("the plan now says otherwise").isFalse();
        Page afterwards = Page.of(read("/committee-reports/" + report, BOARD));
        assertThat(afterwards.text(".portal-paper")).as("the issued paper does not follow the plan").isEqualTo(asIssued);
        assertThat(afterwards.textOf("paper-state")).startsWith("Issued").contains("by admin");
        assertThat(send(post(issuePage).param("version", version(report))).getRedirectedUrl()).as("issued once")
                .isEqualTo("/committee-reports/" + report);
        assertThat(send(paper(post("/admin/plan-years/" + year + "/committee-reports/" + report + "/edit"))
                .param("version", version(report))).getContentAsString())
                .contains("This paper has been issued and can no longer be changed");
        assertThat(send(post("/admin/plan-years/" + year + "/committee-reports/" + report + "/delete")
                .param("version", version(report))).getContentAsString())
                .contains("An issued paper is kept with its decisions and cannot be deleted");

        // The committee's decision on its recommendation
        long recommendation = jdbc.queryForObject("select id from committee_report_recommendation where report_id = ?",
                Long.class, report);
        String decision = "/admin/committee-reports/" + report + "/recommendations/" + recommendation + "/decision";
        Page decisionForm = Page.of(read(decision, ADMIN));
        assertThat(decisionForm.value("decidedBy")).isEqualTo("Children and Young People's Committee");
        assertThat(Page.of(send(post(decision).param("decision", "NOTED").param("decidedBy", "Children and Young People's Committee")
                .param("decidedOn.day", "14").param("decidedOn.month", "1").param("decidedOn.year", "2099")
                .param("version", String.valueOf(recommendationVersion(recommendation)))).getContentAsString()).errorSummary())
                .extracting(Page.Link::text).containsExactly("The date of the decision must be today or in the past");
        assertThat(send(post(decision).param("decision", "NOTED").param("decidedBy", "Children and Young People's Committee")
                .param("meeting", "Children and Young People's Committee, 14 January 2013")
                .param("decidedOn.day", "14").param("decidedOn.month", "1").param("decidedOn.year", "2013")
                .param("version", String.valueOf(recommendationVersion(recommendation)))).getRedirectedUrl())
                .isEqualTo("/committee-reports/" + report + "#recommendations-list");
        Page decided = Page.of(read("/committee-reports/" + report, BOARD));
        assertThat(decided.text("#recommendations tbody tr")).contains("That the Committee notes the contents of the report.",
                "Noted by Children and Young People's Committee on 14 January 2013", "Recorded by admin");
        assertThat(Page.of(read("/committee-reports/" + report + "/history", BOARD)).text("main"))
                .contains("Decision", "Noted", "Issued by", "admin");

        // As documents: the paper as issued, then its appendix
        MockHttpServletResponse pdf = mvc.perform(get("/committee-reports/" + report + ".pdf").with(BOARD)).andReturn().getResponse();
        assertThat(pdf.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"committee-report-2013-01-14-"
                + "Officer-group-report-Nottinghamshire-Children-s-Trust.pdf\"");
        assertThat(PdfUa.failedRules(pdf.getContentAsByteArray())).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Officer group report: Nottinghamshire Children's Trust", "Purpose of the report",
                    "Equalities implications", "That the Committee notes the contents of the report.",
                    "Appendix 1: performance report at 30 September 2012", exceeding.get(0));
        }
        byte[] docx = mvc.perform(get("/committee-reports/" + report + ".docx").with(BOARD)).andReturn().getResponse()
                .getContentAsByteArray();
        try (WordFile word = WordFile.of(docx)) {
            assertThat(word.title()).isEqualTo("Officer group report: Nottinghamshire Children's Trust");
            assertThat(word.headings(2)).contains("Purpose of the report", "Information and advice",
                    "Statutory and policy implications", "Recommendation/s", "Appendix 1: performance report at 30 September 2012");
            assertThat(word.headings(3)).contains("Equalities implications", "Safeguarding of children implications");
            assertThat(word.text()).contains("1. To provide an overview", "That the Committee notes the contents of the report.");
        }
    }

    /** The form as the January 2013 report fills it, but for the fields and values given in {@code typed}. */
    private static MockHttpServletRequestBuilder paper(MockHttpServletRequestBuilder request, String... typed) {
        Map<String, String> fields = new LinkedHashMap<>(FORM);
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("meeting", "Children and Young People's Committee");
        form.put("meetingDate.day", "14");
        form.put("meetingDate.month", "1");
        form.put("meetingDate.year", "2013");
        form.put("agendaItem", "8");
        form.put("reportOf", "Corporate Director for Children, Families and Cultural Services");
        form.put("title", "Officer group report: Nottinghamshire Children's Trust");
        form.put("asAt.day", "30");
        form.put("asAt.month", "9");
        form.put("asAt.year", "2012");
        form.put("purpose", "To provide an overview of the activities and performance of Nottinghamshire Children's Trust.");
        form.put("information", INFORMATION);
        form.put("otherOptions", "The activities reported on here contribute to the implementation of the CYPF Plan.");
        form.put("reasons", "The report provides members of the Committee with an update on the activities of an officer group.");
        form.put("implications", "This report has been compiled after consideration of implications in respect of finance,"
                + " equal opportunities and the safeguarding of children.");
        form.put("constitutionalComments", "As this report is for noting only, no Constitutional Comments are required.");
        form.put("financialComments", "There are no financial implications arising directly from this report.");
        form.put("backgroundPapers", "The Children, Young People and Families Plan 2011-14 – report to County Council, 22 September 2011\n"
                + "Review of the Children, Young People and Families Plan – report to Children & Young People's Committee, 10 September 2012");
        form.put("electoralDivisions", "All.");
        form.put("signatoryName", "Anthony May");
        form.put("signatoryTitle", "Corporate Director for Children, Families and Cultural Services");
        form.put("contactName", "Maggie Pape");
        form.put("contactTitle", "Team Manager, Planning and Performance");
        form.put("contactTelephone", "0115 9774074");
        form.put("contactEmail", "margaret.pape@nottsc.gov.uk");
        form.put("reference", "C0142");
        return Map.copyOf(form);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String version(long report) {
        return String.valueOf(jdbc.queryForObject("select version from committee_report where id = ?", Long.class, report));
    }

    private long recommendationVersion(long id) {
        return jdbc.queryForObject("select version from committee_report_recommendation where id = ?", Long.class, id);
    }
}
