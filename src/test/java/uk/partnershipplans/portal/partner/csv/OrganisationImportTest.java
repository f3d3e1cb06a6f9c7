package uk.partnershipplans.portal.partner.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.partnershipplans.portal.partner.csv.OrganisationImport.RowsRefused;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * Importing partner organisations from CSV, on PostgreSQL with the demo data. No transaction around the tests: the
 * import's own transaction commits or rolls back as it does for a person, and each test removes what it added.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
class OrganisationImportTest {

    static final String HEADINGS = "Name,Short name,Kind,Category,Part of,Notes,Partnership,Joined,Left,Membership note";
    static final String TRUST = "Nottinghamshire Children's Trust";

    @Autowired
    OrganisationImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @AfterEach
    void removeImported() {
        removeTestOrganisations(jdbc);
    }

    /** Removes every organisation whose name starts "Csv " (and its memberships), as the tests name theirs. */
    static void removeTestOrganisations(JdbcTemplate jdbc) {
        jdbc.update("delete from partnership_membership where organisation_id in"
                + " (select id from partner_organisation where name like 'Csv %')");
        jdbc.update("update partner_organisation set parent_id = null where name like 'Csv %'");
        jdbc.update("delete from partner_organisation where name like 'Csv %'");
    }

    @Test
    void aValidFileImportsEveryRowWithItsParentAndMemberships() {
        int imported = importer.importFile("partners.csv", csv(HEADINGS,
                // a child before its parent, which is further down the file
                "Csv Area Team,CAT,nhs england AREA TEAM,Other partner,Csv Health Board,,Nottinghamshire Children's Trust,01/04/2013,31/03/2016,From the 2014 plan",
                "  Csv Health Board ,,NHS England, relevant partner ,,\"Notes, with a comma\nand a second line\",,,,",
                "Csv Police Unit,,Police,Relevant partner,Nottinghamshire Police,,,,,"));

        assertThat(imported).isEqualTo(3);
        assertThat(jdbc.queryForList("select o.name || '|' || coalesce(o.short_name, '') || '|' || k.name || '|' || o.category"
                + " || '|' || coalesce(p.name, '') || '|' || coalesce(o.notes, '') from partner_organisation o"
                + " join partner_kind k on k.id = o.kind_id left join partner_organisation p on p.id = o.parent_id"
                + " where o.name like 'Csv %' order by o.name", String.class)).containsExactly(
                "Csv Area Team|CAT|NHS England area team|OTHER_PARTNER|Csv Health Board|",
                "Csv Health Board||NHS England|RELEVANT_PARTNER||Notes, with a comma\nand a second line",
                "Csv Police Unit||Police|RELEVANT_PARTNER|Nottinghamshire Police|");
        assertThat(jdbc.queryForList("select s.name || '|' || m.joined_on || '|' || m.left_on || '|' || m.note"
                + " from partnership_membership m join partnership s on s.id = m.partnership_id"
                + " join partner_organisation o on o.id = m.organisation_id where o.name like 'Csv %'", String.class))
                .containsExactly(TRUST + "|2013-04-01|2016-03-31|From the 2014 plan");
    }

    @Test
    void eachKindOfBadRowIsListedWithItsRowNumberAndColumnAndNothingIsImported() {
        String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        byte[] file = csv(HEADINGS,
                "Csv Good Row,,Police,Relevant partner,,,,,,",
                ",,Police,Relevant partner,,,,,,",
                "Csv Unknown Kind,,Constabulary,Relevant partner,,,,,,",
                "Csv Unknown Category,,Police,Statutory,,,,,,",
                " ASHFIELD district COUNCIL ,,District or borough council,Relevant partner,,,,,,",
                "csv good row,,Police,Relevant partner,,,,,,",
                "Csv Bad Dates,,Police,Relevant partner,,,Nottinghamshire Children's Trust,31/02/2014,2014-03-31,",
                "Csv Future,,Police,Relevant partner,,,Nottinghamshire Children's Trust," + tomorrow + ",,",
                "Csv Left Before Joining,,Police,Relevant partner,,,Nottinghamshire Children's Trust,01/04/2015,31/03/2015,",
                "Csv Unknown Parent,,Police,Relevant partner,Csv Nobody,,,,,",
                "Csv Unknown Partnership,,Police,Relevant partner,,,Trust of Nowhere,,,",
                "Csv Dates Without Partnership,,Police,Relevant partner,,,,01/04/2014,,",
                "Csv " + "x".repeat(200) + ",,Police,,,,,,,",
                "Csv Too Long,x" + "y".repeat(50) + ",Police,Relevant partner,,\"" + "n".repeat(5001) + "\",Nottinghamshire Children's Trust,,,"
                        + "m".repeat(501),
                "Csv Own Parent,,Police,Relevant partner,csv own parent,,,,,",
                "Csv Loop A,,Police,Relevant partner,Csv Loop B,,,,,",
                "Csv Loop B,,Police,Relevant partner,Csv Loop A,,,,,",
                "Csv Extra Value,,Police,Relevant partner,,,,,,,surplus");

        assertThatThrownBy(() -> importer.importFile("partners.csv", file)).isInstanceOfSatisfying(RowsRefused.class,
                refused -> assertThat(listed(refused)).containsExactly(
                        "3 Name: Enter the name of the organisation",
                        "4 Kind: 'Constabulary' is not a kind of partner: use one of the kinds listed on this page",
                        "5 Category: 'Statutory' is not a category: enter Relevant partner or Other partner",
                        "6 Name: There is already a partner organisation called 'Ashfield District Council'",
                        "7 Name: Row 2 has the same name, 'csv good row'",
                        "8 Joined: Joined must be a real date written as day/month/year, for example 31/03/2014",
                        "8 Left: Left must be a real date written as day/month/year, for example 31/03/2014",
                        "9 Joined: Joined must be today or in the past",
                        "10 Left: Left must be on or after the date it joined, 1 April 2015",
                        "11 Part of: 'Csv Nobody' is not the name of a partner organisation, in the portal or in this file",
                        "12 Partnership: 'Trust of Nowhere' is not a partnership in the portal: use one of the partnerships listed on this page",
                        "13 Partnership: Enter the partnership that the dates and note are about",
                        "14 Name: Name must be 200 characters or fewer",
                        "14 Category: Enter the category: Relevant partner or Other partner",
                        "15 Short name: Short name must be 50 characters or fewer",
                        "15 Notes: Notes must be 5,000 characters or fewer",
                        "15 Membership note: Note must be 500 characters or fewer",
                        "16 Part of: An organisation cannot be part of itself or of an organisation that is part of it",
                        "17 Part of: An organisation cannot be part of itself or of an organisation that is part of it",
                        "18 Part of: An organisation cannot be part of itself or of an organisation that is part of it",
                        "19 Whole row: This row has a value in a column with no heading. Put any value that contains a comma in double quotes"));
        assertThat(testOrganisations()).isZero();
    }

    @Test
    void oneBadRowStopsTheWholeFileAndTheCorrectedFileImportsEveryRow() {
        String good = "Csv First,,Police,Relevant partner,,,,,,";
        String bad = "Csv Second,,Polce,Relevant partner,,,,,,";
        assertThatThrownBy(() -> importer.importFile("partners.csv", csv(HEADINGS, good, bad)))
                .isInstanceOfSatisfying(RowsRefused.class, refused -> assertThat(listed(refused))
                        .containsExactly("3 Kind: 'Polce' is not a kind of partner: use one of the kinds listed on this page"));
        assertThat(testOrganisations()).isZero();

        assertThat(importer.importFile("partners.csv", csv(HEADINGS, good, bad.replace("Polce", "Police")))).isEqualTo(2);
        assertThat(testOrganisations()).isEqualTo(2);
    }

    @Test
    void aFailureInTheDatabaseHalfWayThroughRollsBackTheRowsAlreadySaved() {
        // As if someone else saved the same name at that moment: the database refuses the third row.
        jdbc.execute("create or replace function csv_test_refuse() returns trigger language plpgsql as $$ begin"
                + " if new.name = 'Csv Third' then raise exception using errcode = 'unique_violation',"
                + " constraint = 'uk_partner_organisation_name', message = 'duplicate key value violates unique constraint"
                + " \"uk_partner_organisation_name\"'; end if; return new; end $$");
        jdbc.execute("create trigger csv_test_refuse before insert on partner_organisation for each row execute function csv_test_refuse()");
        try {
            assertThatThrownBy(() -> importer.importFile("partners.csv", csv(HEADINGS,
                    "Csv First,,Police,Relevant partner,,,Nottinghamshire Children's Trust,01/04/2014,,",
                    "Csv Second,,Police,Relevant partner,Csv First,,,,,",
                    "Csv Third,,Police,Relevant partner,,,,,,")))
                    .isInstanceOfSatisfying(RowsRefused.class, refused -> assertThat(listed(refused))
                            .containsExactly("4 Name: There is already a partner organisation called 'Csv Third'"));
        } finally {
            jdbc.execute("drop trigger csv_test_refuse on partner_organisation");
            jdbc.execute("drop function csv_test_refuse()");
        }
        assertThat(testOrganisations()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from partnership_membership where joined_on = date '2014-04-01'",
                Long.class)).isZero();
    }

    @Test
    void theHeadingsMustBeTheTemplatesInAnyOrderIgnoringCapitals() {
        assertThatThrownBy(() -> importer.importFile("partners.csv", csv(
                "Organisation,Short name,KIND,Category,Part of,Notes,Partnership,Joined,Left,Membership note,Name,Joined 2",
                "Csv One,,Police,Relevant partner,,,,,,,,")))
                .isInstanceOfSatisfying(RowsRefused.class, refused -> assertThat(listed(refused)).containsExactly(
                        "1 Organisation: 'Organisation' is not one of the column headings of the template",
                        "1 Partnership 2: There is no column headed 'Partnership 2'. Use the column headings of the template",
                        "1 Left 2: There is no column headed 'Left 2'. Use the column headings of the template",
                        "1 Membership note 2: There is no column headed 'Membership note 2'. Use the column headings of the template"));

        assertThatThrownBy(() -> importer.importFile("partners.csv", csv(
                "Name,Short name,Kind,Category,Notes,Partnership,Joined,Left,Membership note,name",
                "Csv One,,Police,Relevant partner,,,,,,")))
                .isInstanceOfSatisfying(RowsRefused.class, refused -> assertThat(listed(refused)).containsExactly(
                        "1 name: The heading 'name' is used for more than one column",
                        "1 Part of: There is no column headed 'Part of'. Use the column headings of the template"));

        String reordered = " category , name,Kind,Short name,Part of,Notes,Partnership,Joined,Left,Membership note,"
                + "Partnership 2,Joined 2,Left 2,Membership note 2";
        assertThat(importer.importFile("partners.csv", csv(reordered,
                "Other partner,Csv Rejoined,Police,,,,Nottinghamshire Children's Trust,1/4/2011,31/3/2012,,"
                        + "Nottinghamshire Children's Trust,01/04/2013,,Back again"))).isEqualTo(1);
        assertThat(jdbc.queryForList("select m.joined_on || '-' || coalesce(cast(m.left_on as varchar), 'now')"
                + " from partnership_membership m join partner_organisation o on o.id = m.organisation_id"
                + " where o.name = 'Csv Rejoined' order by m.joined_on", String.class))
                .containsExactly("2011-04-01-2012-03-31", "2013-04-01-now");
    }

    @Test
    void twoCurrentMembershipsOfOnePartnershipOnARowAreRefused() {
        assertThatThrownBy(() -> importer.importFile("partners.csv", csv(HEADINGS + ",Partnership 2,Joined 2,Left 2,Membership note 2",
                "Csv Twice,,Police,Relevant partner,,,Nottinghamshire Children's Trust,01/04/2011,,,nottinghamshire children's trust,01/04/2011,,")))
                .isInstanceOfSatisfying(RowsRefused.class, refused -> assertThat(listed(refused)).containsExactly(
                        "2 Partnership 2: It can be a current member of Nottinghamshire Children's Trust only once: give the date it left for the other membership",
                        "2 Joined 2: It already has a membership of Nottinghamshire Children's Trust from that date"));
    }

    @Test
    void aFileThatIsNotAUsableCsvIsRefusedAsAWhole() {
        assertThat(fileRefusal("partners.csv", new byte[0])).isEqualTo("The selected file is empty");
        assertThat(fileRefusal("partners.csv", "\uFEFF \r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("The selected file is empty");
        assertThat(fileRefusal("partners.xlsx", csv(HEADINGS, "Csv One,,Police,Relevant partner,,,,,,")))
                .isEqualTo("The selected file must be a CSV");
        assertThat(fileRefusal("partners.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .isEqualTo("The selected file must be a CSV");
        assertThat(fileRefusal("partners.csv", new byte[OrganisationCsv.MAX_BYTES + 1]))
                .isEqualTo("The selected file must be smaller than 1 MB");
        assertThat(fileRefusal("partners.csv", csv(HEADINGS, ",,,,,,,,,")))
                .isEqualTo("The selected file has no organisations in it: add one row for each organisation under the column headings");
        String[] tooMany = new String[OrganisationCsv.MAX_ROWS + 2];
        tooMany[0] = HEADINGS;
        for (int row = 1; row < tooMany.length; row++) {
            tooMany[row] = "Csv Row " + row + ",,Police,Relevant partner,,,,,,";
        }
        assertThat(fileRefusal("partners.csv", csv(tooMany)))
                .isEqualTo("The selected file must have 5,000 organisations or fewer: split it into smaller files");
        assertThat(fileRefusal("partners.csv", csv(HEADINGS, "Csv One,,Police,Relevant partner,,,,,,", "\"Csv Two,,Police")))
                .startsWith("The selected file could not be read as a CSV from row 3:");
        assertThat(testOrganisations()).isZero();
    }

    @Test
    void aFileSavedByExcelWithAByteOrderMarkOrInWindows1252IsRead() {
        byte[] bom = ("\uFEFF" + HEADINGS + "\r\nCsv Caf\u00e9 \u2019Sjögren\u2019,,Police,Relevant partner,,,,,,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importer.importFile("partners.CSV", bom)).isEqualTo(1);
        byte[] windows = (HEADINGS + "\r\nCsv Na\u00efve \u2013 Trust,,Police,Relevant partner,,,,,,\r\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(importer.importFile("partners.csv", windows)).isEqualTo(1);
        assertThat(jdbc.queryForList("select name from partner_organisation where name like 'Csv %' order by name", String.class))
                .containsExactly("Csv Caf\u00e9 \u2019Sjögren\u2019", "Csv Na\u00efve \u2013 Trust");
    }

    @Test
    void aCellThatAnExportGuardedAgainstFormulasIsReadWithoutTheApostrophe() {
        importer.importFile("partners.csv", csv(HEADINGS, "Csv Guarded,,Police,Relevant partner,,'=1+1,,,,",
                "Csv Apostrophe,,Police,Relevant partner,,'Quoted',,,,"));
        assertThat(jdbc.queryForList("select notes from partner_organisation where name like 'Csv %' order by name", String.class))
                .containsExactly("'Quoted'", "=1+1");
    }

    private String fileRefusal(String filename, byte[] content) {
        try {
            importer.importFile(filename, content);
        } catch (RowsRefused refused) {
            throw new AssertionError("Listed problems: " + listed(refused));
        } catch (Refusal refusal) {
            assertThat(refusal.problems()).hasSize(1);
            assertThat(refusal.problems().get(0).field()).isEqualTo("file");
            return messages.getMessage(refusal.problems().get(0), Locale.UK);
        }
        throw new AssertionError("The file was imported");
    }

    /** Each problem as "row column: text", as the import page lists them. */
    private List<String> listed(RowsRefused refused) {
        return refused.rows().stream()
                .map(p -> p.row() + " " + (p.column() == null ? "Whole row" : p.column()) + ": "
                        + messages.getMessage(p.message(), Locale.UK))
                .toList();
    }

    private long testOrganisations() {
        return jdbc.queryForObject("select count(*) from partner_organisation where name like 'Csv %'", Long.class);
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
