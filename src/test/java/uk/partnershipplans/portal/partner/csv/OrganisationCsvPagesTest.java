package uk.partnershipplans.portal.partner.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may download and import partner organisations, and what the responses and pages are. */
@IntegrationTest
class OrganisationCsvPagesTest {

    private static final RequestPostProcessor ADMIN = user("a").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImported() {
        OrganisationImportTest.removeTestOrganisations(jdbc);
    }

    @Test
    void boardMembersAndOfficersMayNotDownloadOrImport() throws Exception {
        for (String role : new String[] {"BOARD", "OFFICER"}) {
            RequestPostProcessor someone = user("x").roles(role);
            for (String page : new String[] {"/admin/partners/export", "/admin/partners/export?name=council",
                    "/admin/partners/import", "/admin/partners/import/template"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(multipart("/admin/partners/import").file(file("partners.csv",
                    OrganisationImportTest.csv(OrganisationImportTest.HEADINGS, "Csv Sent By " + role + ",,Police,Relevant partner,,,,,,")))
                    .with(someone).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from partner_organisation where name like 'Csv %'", Long.class)).isZero();
    }

    @Test
    void theDownloadIsACsvAttachmentOfTheListAsSearched() throws Exception {
        MvcResult result = mvc.perform(get("/admin/partners/export").with(ADMIN).param("name", "council").param("kind", districtKind())
                        .param("sort", "KIND"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"partner-organisations-" + LocalDate.now() + ".csv\""))
                .andReturn();
        List<CSVRecord> rows = OrganisationExportTest.read(result.getResponse().getContentAsByteArray());
        assertThat(rows).hasSize(8);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2)).containsOnly("District or borough council");

        mvc.perform(get("/admin/partners/import/template").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"partner-organisations-template.csv\""));
    }

    @Test
    void theListLinksToTheDownloadWithTheSameSearchAndToTheImport() throws Exception {
        mvc.perform(get("/admin/partners").with(ADMIN).param("name", "council").param("status", "current").param("sort", "kind"))
                .andExpect(status().isOk())
                .andExpect(Page.linkTo("/admin/partners/export?name=council&status=CURRENT&sort=KIND"))
                .andExpect(content().string(containsString("(all 9 organisations found, on every page)")))
                .andExpect(Page.linkTo("/admin/partners/import"));
        mvc.perform(get("/admin/partners").with(ADMIN).param("name", "no such organisation"))
                .andExpect(content().string(not(containsString("/admin/partners/export"))));
    }

    @Test
    void aFileWithProblemsIsShownAgainWithEachProblemAndTheErrorSummary() throws Exception {
        mvc.perform(get("/admin/partners/import").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.has("a[href='/admin/partners/import/template']")).isTrue();
                    assertThat(page.has("form[enctype='multipart/form-data']")).isTrue();
                    assertThat(page.byId("file").attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
                            .contains("type=file", "name=file", "accept=.csv,text/csv");
                }));

        mvc.perform(multipart("/admin/partners/import").file(file("partners.csv", OrganisationImportTest.csv(
                        OrganisationImportTest.HEADINGS, "Csv Fine,,Police,Relevant partner,,,,,,", "Csv Odd,,Polce,Relevant partner,,,,,,")))
                        .with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.title()).startsWith("Error: Import partner organisations");
                    assertThat(page.errorSummaryLinks()).contains("#file The file has a problem, listed below. Nothing has "
                            + "been imported: fix the file and upload it again");
                    assertThat(page.attr("file", "aria-describedby")).isEqualTo("file-hint file-error");
                    assertThat(page.texts("td.govuk-table__cell--numeric")).contains("3");
                    assertThat(page.texts("td")).anySatisfy(cell -> assertThat(cell).contains("'Polce' is not a kind of partner"));
                }));

        mvc.perform(multipart("/admin/partners/import").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> assertThat(page.errorSummaryLinks()).contains("#file Select a CSV file")));
        assertThat(jdbc.queryForObject("select count(*) from partner_organisation where name like 'Csv %'", Long.class)).isZero();
    }

    @Test
    void aFileWithHundredsOfProblemsShowsTheFirstTwoHundredAndTheirCount() throws Exception {
        String[] lines = new String[261];
        lines[0] = OrganisationImportTest.HEADINGS;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "Csv Odd " + i + ",,Polce,Relevant partner,,,,,,";
        }
        mvc.perform(multipart("/admin/partners/import").file(file("partners.csv",
                        OrganisationImportTest.csv(lines)))
                        .with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.errorSummaryLinks()).contains("#file The file has 260 problems, listed below. Nothing "
                            + "has been imported: fix the file and upload it again");
                    assertThat(page.texts("#problems tbody tr")).hasSize(200);
                    assertThat(page.text("main")).contains("The first 200 problems are shown.");
                }));
        assertThat(jdbc.queryForObject("select count(*) from partner_organisation where name like 'Csv %'", Long.class)).isZero();
    }

    @Test
    void aGoodFileIsImportedAndTheListSaysHowMany() throws Exception {
        mvc.perform(multipart("/admin/partners/import").file(file("partners.csv", OrganisationImportTest.csv(
                        OrganisationImportTest.HEADINGS, "Csv One,,Police,Relevant partner,,,,,,", "Csv Two,,Police,Other partner,,,,,,")))
                        .with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/partners"))
                .andExpect(flash().attribute("savedMessage", "2 partner organisations imported"));
        mvc.perform(get("/admin/partners").with(ADMIN).flashAttr("changeSaved", true)
                        .flashAttr("savedMessage", "2 partner organisations imported"))
                .andExpect(Page.expect(page -> assertThat(page.notificationHeading()).isEqualTo("2 partner organisations imported")));
    }

    private String districtKind() {
        return String.valueOf(jdbc.queryForObject("select id from partner_kind where name = 'District or borough council'", Long.class));
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "text/csv", content);
    }
}
