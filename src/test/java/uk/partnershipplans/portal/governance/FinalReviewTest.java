package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;

/**
 * A final review of the 2014-16 plan recorded through the admin pages: key activities under the year's priorities,
 * each source of evidence typed and checked for its kind, the evidence of achievement kept line by line as written, a
 * rating only where given; read in the plan's priority order, and as a report, an accessible PDF and a Word document.
 */
@IntegrationTest
class FinalReviewTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    private static final String ACHIEVEMENT = """
            1. The number of children subject to a child protection plan fell from 48.4 to 41.2 per 10,000.
            2. 94% of early help assessments were completed within 45 days.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminRecordsAFinalReviewWithTypedSourcesAndItReadsInThePlansOrder() throws Exception {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-16'", Long.class, DemoData.PLAN_2014);
        String title = "Final review of the Children, Young People and Families Plan 2014-16";
        assertThat(Page.of(send(post("/admin/plan-years/" + year + "/final-reviews/new").param("title", " "))
                .getContentAsString()).errorSummary()).extracting(Page.Link::text).containsExactly("Enter the title");
        send(post("/admin/plan-years/" + year + "/final-reviews/new").param("title", title));
        long review = jdbc.queryForObject("select id from final_review where title = ?", Long.class, title);

        long first = jdbc.queryForObject("select id from priority where plan_year_id = ? order by position limit 1",
                Long.class, year);
        long second = jdbc.queryForObject("select id from priority where plan_year_id = ? order by position offset 1 limit 1",
                Long.class, year);
        String activities = "/admin/final-reviews/" + review + "/activities/new";
        assertThat(Page.of(send(post(activities).param("activity", "Typed")).getContentAsString()).errorSummary())
                .extracting(Page.Link::text).containsExactly("Choose the priority");
        send(post(activities).param("priorityId", String.valueOf(second)).param("activity", "Second priority's activity"));
        send(post(activities).param("priorityId", String.valueOf(first)).param("activity", "Introduce the MASH")
                .param("achievement", ACHIEVEMENT).param("rating", "Achieved"));
        long activity = jdbc.queryForObject("select id from final_review_activity where activity = 'Introduce the MASH'",
                Long.class);

        String sources = "/admin/activities/" + activity + "/sources/new";
        Page incomplete = Page.of(send(post(sources).param("kind", "COMMITTEE_REPORT").param("title", "MASH update"))
                .getContentAsString());
        assertThat(incomplete.errorSummary()).extracting(Page.Link::text)
                .containsExactly("Enter the body the report went to", "Enter the date of the report");
        assertThat(incomplete.value("title")).isEqualTo("MASH update");
        assertThat(send(source(sources, "COMMITTEE_REPORT").param("title", "MASH update")
                .param("body", "Children and Young People's Committee").param("dated.day", "14")
                .param("dated.month", "1").param("dated.year", "2018")).getStatus()).isEqualTo(302);
        assertThat(Page.of(send(source(sources, "WEB_PAGE").param("address", "www.example.org")).getContentAsString())
                .errorSummary()).extracting(Page.Link::text)
                .containsExactly("Enter the web page’s address, starting with http:// or https://");
        send(source(sources, "WEB_PAGE").param("address", "https://www.nottinghamshire.gov.uk/mash"));
        send(source(sources, "CONVERSATION").param("role", "Service Manager, MASH"));

        Page page = Page.of(read("/final-reviews/" + review, OFFICER));
        assertThat(page.h1()).isEqualTo(title);
        assertThat(page.texts("main h2")).as("the plan's priority order, not the order entered").hasSize(2);
        assertThat(page.select("main h2").get(0).id()).isEqualTo("priority-" + first);
        assertThat(page.texts("main h3")).containsExactly("Key activity 1: Introduce the MASH",
                "Key activity 1: Second priority's activity");
        assertThat(page.texts("main li")).contains(
                "Committee report “MASH update”, Children and Young People's Committee, 14 January 2018",
                "Web page: https://www.nottinghamshire.gov.uk/mash", "Conversation with the Service Manager, MASH");
        assertThat(page.texts("main p")).contains("Rating: Achieved",
                "1. The number of children subject to a child protection plan fell from 48.4 to 41.2 per 10,000.",
                "2. 94% of early help assessments were completed within 45 days.");

        assertThat(send(post("/admin/plan-years/" + year + "/final-reviews/" + review + "/delete").param("version", "0"))
                .getContentAsString()).contains("The review has 2 key activities: delete them first");
        assertThat(read("/admin/final-reviews/" + review + "/activities/" + activity + "/delete", ADMIN))
                .contains("Its 3 sources of evidence will be deleted with it.");

        MockHttpServletResponse pdf = mvc.perform(get("/final-reviews/" + review + ".pdf").with(OFFICER)).andReturn().getResponse();
        assertThat(PdfUa.failedRules(pdf.getContentAsByteArray())).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(title,
                    "Key activity 1: Introduce the MASH", "Evidence sources", "MASH update",
                    "2. 94% of early help assessments were completed within 45 days.");
        }
        try (WordFile word = WordFile.of(mvc.perform(get("/final-reviews/" + review + ".docx").with(OFFICER)).andReturn()
                .getResponse().getContentAsByteArray())) {
            assertThat(word.title()).isEqualTo(title);
            assertThat(word.headings(3)).containsExactly("Key activity 1: Introduce the MASH",
                    "Key activity 1: Second priority's activity");
            assertThat(word.text()).contains("Web page: https://www.nottinghamshire.gov.uk/mash",
                    "1. The number of children subject to a child protection plan fell from 48.4 to 41.2 per 10,000.");
        }
        assertThat(Page.of(read("/final-reviews/" + review + "/history", ADMIN)).text("main"))
                .contains("Key activity “Introduce the MASH”", "Achieved");
    }

    private static MockHttpServletRequestBuilder source(String path, String kind) {
        return post(path).param("kind", kind);
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
