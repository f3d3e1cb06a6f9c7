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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;

/**
 * A consultation on the draft 2014-16 plan recorded through the admin pages: its dates checked, each submission with
 * its response, whether the plan changed and how, and the priorities and actions it concerns; read by an officer of the
 * partnership, 20 submissions to a page; deleted only once it has no submission; as a report appendix, an accessible
 * PDF and a Word document.
 */
@IntegrationTest
class ConsultationTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminRecordsAConsultationWithItsSubmissionsAndEveryoneOfThePartnershipReadsIt() throws Exception {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-16'", Long.class, DemoData.PLAN_2014);
        String title = "Consultation on the draft Children, Young People and Families Plan 2014-16";

        Page backwards = Page.of(send(consultation(year, title, "14", "1")).getContentAsString());
        assertThat(backwards.errorSummary()).extracting(Page.Link::text)
                .containsExactly("The day it closed must be the same as or after the day it opened");
        assertThat(backwards.value("title")).isEqualTo(title);
        MockHttpServletResponse created = send(consultation(year, title, "14", "3"));
        long consultation = jdbc.queryForObject("select id from consultation where title = ?", Long.class, title);
        assertThat(created.getRedirectedUrl()).isEqualTo("/consultations/" + consultation);

        long priority = jdbc.queryForObject("select min(id) from priority where plan_year_id = ?", Long.class, year);
        long action = jdbc.queryForObject("select min(id) from plan_action where plan_year_id = ?", Long.class, year);
        String priorityName = jdbc.queryForObject("select number || ' ' || title from priority where id = ?", String.class, priority);
        String submissions = "/admin/consultations/" + consultation + "/submissions/new";
        Page noChange = Page.of(send(submission(submissions, "1").param("planChanged", "true")).getContentAsString());
        assertThat(noChange.errorSummary()).extracting(Page.Link::text).containsExactly("Say how the plan was changed");
        assertThat(noChange.value("submittedBy")).isEqualTo("Nottinghamshire Youth Forum");
        assertThat(send(submission(submissions, "1").param("planChanged", "true")
                .param("changeMade", "Emotional health is named in priority 1.")
                .param("priorityIds", String.valueOf(priority)).param("actionIds", String.valueOf(action)))
                .getRedirectedUrl()).isEqualTo("/consultations/" + consultation + "#submissions");
        assertThat(Page.of(send(submission(submissions, "1")).getContentAsString()).errorSummary())
                .extracting(Page.Link::text).containsExactly("Another submission to this consultation has this number");
        long otherYearsPriority = jdbc.queryForObject("select min(id) from priority where plan_year_id <> ?", Long.class, year);
        assertThat(Page.of(send(submission(submissions, "2").param("priorityIds", String.valueOf(otherYearsPriority)))
                .getContentAsString()).errorSummary()).extracting(Page.Link::text)
                .containsExactly("Choose priorities and actions of this year only");

        Page page = Page.of(read("/consultations/" + consultation, OFFICER));
        assertThat(page.h1()).isEqualTo(title);
        assertThat(page.textOf("consultation-dates")).isEqualTo("Open from 1 February 2014 to 14 March 2014.");
        List<List<String>> rows = page.tableRows("#submissions-table");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).startsWith("1", "Nottinghamshire Youth Forum"
                + " 20 February 2014", "Young people want more say in their health services.", "Agreed: see priority 1.",
                "Yes: Emotional health is named in priority 1.").last().asString().startsWith(priorityName));
        assertThat(page.hasId("add-submission")).as("officers read, admins keep").isFalse();

        assertThat(send(post("/admin/plan-years/" + year + "/consultations/" + consultation + "/delete")
                .param("version", "0")).getContentAsString()).contains("The consultation has 1 submission: delete it first");

        jdbc.update("insert into consultation_submission (consultation_id, number, submitted_by, summary)"
                + " select ?, 'P' || n, 'Resident ' || n, 'Views' from generate_series(1, 24) n", consultation);
        Page second = Page.of(read("/consultations/" + consultation + "?page=2", OFFICER));
        assertThat(second.textOf("submissions")).isEqualTo("Submissions (25)");
        assertThat(second.count("#submissions-table tbody tr")).as("20 to a page").isEqualTo(5);

        MockHttpServletResponse pdf = mvc.perform(get("/consultations/" + consultation + ".pdf").with(OFFICER))
                .andReturn().getResponse();
        assertThat(PdfUa.failedRules(pdf.getContentAsByteArray())).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(title,
                    "Who was asked", "Submissions (25)", "Young people want more say in their health services.",
                    "Resident 24");
        }
        try (WordFile word = WordFile.of(mvc.perform(get("/consultations/" + consultation + ".docx").with(OFFICER))
                .andReturn().getResponse().getContentAsByteArray())) {
            assertThat(word.headings(2)).containsExactly("Who was asked", "What it found", "Submissions (25)");
            assertThat(word.tables()).singleElement().satisfies(table -> {
                assertThat(table.headerRows()).isEqualTo(1);
                assertThat(table.rows()).hasSize(26);
                assertThat(table.rows().get(0)).containsExactly("Number", "From", "What it said",
                        "The partnership’s response", "Plan changed", "Concerns");
            });
        }
        assertThat(Page.of(read("/consultations/" + consultation + "/history", ADMIN)).text("main"))
                .contains("Submission 1", "Emotional health is named in priority 1.");
    }

    private static MockHttpServletRequestBuilder consultation(long year, String title, String closedDay, String closedMonth) {
        return post("/admin/plan-years/" + year + "/consultations/new").param("title", title)
                .param("openedOn.day", "1").param("openedOn.month", "2").param("openedOn.year", "2014")
                .param("closedOn.day", closedDay).param("closedOn.month", closedMonth).param("closedOn.year", "2014")
                .param("whoWasAsked", "Children, young people and families, through the partners' networks\n- schools\n- youth forums")
                .param("summary", "The draft was welcomed; young people asked for more say in health services.");
    }

    private static MockHttpServletRequestBuilder submission(String path, String number) {
        return post(path).param("number", number).param("submittedBy", "Nottinghamshire Youth Forum")
                .param("receivedOn.day", "20").param("receivedOn.month", "2").param("receivedOn.year", "2014")
                .param("summary", "Young people want more say in their health services.")
                .param("response", "Agreed: see priority 1.");
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
