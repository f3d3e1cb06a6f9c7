package uk.partnershipplans.portal.partner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.partnershipplans.portal.partner.PartnerCategory;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Search;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.SortBy;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin.Status;
import uk.partnershipplans.portal.partner.admin.OrganisationAdmin;
import uk.partnershipplans.portal.partner.model.PartnerKindRepository;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * Downloading the partner organisations as CSV, read back with Commons CSV as a spreadsheet would; on PostgreSQL with
 * the demo data. No transaction around the tests, as the round trip imports for real; each test removes what it added.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
class OrganisationExportTest {

    @Autowired
    OrganisationExport export;

    @Autowired
    OrganisationImport importer;

    @Autowired
    OrganisationAdmin admin;

    @Autowired
    PartnerKindRepository kinds;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImported() {
        OrganisationImportTest.removeTestOrganisations(jdbc);
    }

    @Test
    void theDownloadHoldsEveryOrganisationTheSearchFindsOnEveryPageInTheListsOrder() throws IOException {
        Search all = Search.of(null, null, null, null, null, null);
        List<CSVRecord> everyone = read(export.export(all));
        assertThat(admin.page(all, 0).getTotalPages()).isGreaterThan(1);
        assertThat(everyone).hasSize((int) admin.page(all, 0).getTotalElements() + 1);
        assertThat(everyone.get(0).toList()).containsExactly("Name", "Short name", "Kind", "Category", "Part of", "Notes",
                "Partnership", "Joined", "Left", "Membership note");

        Long district = kinds.findByName("District or borough council").orElseThrow().getId();
        List<CSVRecord> districts = read(export.export(
                new Search("council", district, null, PartnerCategory.RELEVANT_PARTNER, Status.CURRENT, SortBy.KIND)));
        assertThat(districts.subList(1, districts.size())).extracting(r -> r.get(0)).containsExactly(
                "Ashfield District Council", "Bassetlaw District Council", "Broxtowe Borough Council",
                "Gedling Borough Council", "Mansfield District Council", "Newark & Sherwood District Council",
                "Rushcliffe Borough Council");
        assertThat(districts.get(1).toList()).containsExactly("Ashfield District Council", "", "District or borough council",
                "Relevant partner", "", "", "Nottinghamshire Children's Trust", "", "",
                "Named as a partner in the 2011-14 and 2014-16 plans.");

        List<CSVRecord> child = read(export.export(Search.of("Derbyshire and Nottinghamshire", null, null, null, null, null)));
        assertThat(child.get(1).get(4)).isEqualTo("NHS England");
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkForExcel() {
        byte[] file = export.export(Search.of("council", null, null, null, null, null));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("Nottinghamshire Children's Trust").contains("\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() throws IOException {
        importer.importFile("partners.csv", OrganisationImportTest.csv(OrganisationImportTest.HEADINGS,
                "Csv Formula,\"=HYPERLINK(\"\"http://example.org\"\")\",Police,Relevant partner,,'+44 115,,,,",
                "Csv Minus,'-1,Police,Relevant partner,,'@SUM(A1),,,,",
                "Csv Plain,Plain - not a formula,Police,Relevant partner,,,,,,"));

        List<CSVRecord> rows = read(export.export(Search.of("Csv ", null, null, null, null, null)));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(5))
                .containsExactly(
                        "Csv Formula | '=HYPERLINK(\"http://example.org\") | '+44 115",
                        "Csv Minus | '-1 | '@SUM(A1)",
                        "Csv Plain | Plain - not a formula | ");
    }

    @Test
    void aDownloadedListImportsAgainAsItWas() {
        importer.importFile("partners.csv", OrganisationImportTest.csv(
                OrganisationImportTest.HEADINGS + ",Partnership 2,Joined 2,Left 2,Membership note 2",
                "Csv Parent Body,PB,NHS England,Relevant partner,,\"Two lines,\nof notes\",Nottinghamshire Children's Trust,01/04/2011,31/03/2014,First spell,"
                        + "Nottinghamshire Children's Trust,01/04/2015,,Second spell",
                "Csv Child Team,,NHS England area team,Other partner,Csv Parent Body,=formula-like note,,,,,,,,"));
        Search imported = Search.of("Csv ", null, null, null, null, null);
        byte[] first = export.export(imported);

        OrganisationImportTest.removeTestOrganisations(jdbc);
        assertThat(importer.importFile("again.csv", first)).isEqualTo(2);

        assertThat(new String(export.export(imported), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(new String(first, StandardCharsets.UTF_8)).contains(
                "Csv Child Team,,NHS England area team,Other partner,Csv Parent Body,'=formula-like note,,,,,,,,\r\n");
    }

    @Test
    void theTemplateHasTheHeadingsAndNoRows() throws IOException {
        List<CSVRecord> template = read(export.template());
        assertThat(template).hasSize(1);
        assertThat(template.get(0).toList()).containsExactly("Name", "Short name", "Kind", "Category", "Part of", "Notes",
                "Partnership", "Joined", "Left", "Membership note");
    }

    /** The file as Commons CSV reads it, the headings first; the byte order mark is not part of the first heading. */
    static List<CSVRecord> read(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords();
        }
    }
}
