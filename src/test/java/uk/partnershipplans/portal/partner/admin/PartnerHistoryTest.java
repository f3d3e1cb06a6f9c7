package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Entry;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * What the history of partner records says after admins change them through the pages: who, when, and each value
 * before and after. Each request commits, as a real one does (the history is written when a transaction commits), so
 * the class has a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class PartnerHistoryTest {

    private static final RequestPostProcessor PLANNING_LEAD = user("planning.lead").roles("ADMIN");
    private static final Pattern WHEN = Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}[ap]m");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChangeHistory history;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void renamingAnOrganisationRecordsWhoDidItAndTheNameBeforeAndAfter() throws Exception {
        Map<String, Object> jobcentre = jdbc.queryForMap(
                "select id, kind_id, category, version from partner_organisation where name = 'Jobcentre Plus'");
        String organisation = "/admin/partners/" + jobcentre.get("id");
        mvc.perform(post(organisation + "/edit").with(PLANNING_LEAD).with(csrf())
                        .param("name", "Jobcentre Plus Nottinghamshire").param("kindId", jobcentre.get("kind_id").toString())
                        .param("category", jobcentre.get("category").toString()).param("notes", "Renamed in 2015.")
                        .param("version", jobcentre.get("version").toString()))
                .andExpect(redirectedUrl(organisation));

        assertThat(jdbc.queryForList("select r.username from partner_organisation_aud a join revinfo r on r.rev = a.rev "
                + "where a.id = ? and a.revtype = 1", String.class, jobcentre.get("id"))).containsExactly("planning.lead");
        assertThat(Page.of(html(organisation)).count("a[href='" + organisation + "/history']")).isPositive();

        List<List<String>> rows = rows(organisation + "/history");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.get(0)).satisfies(row -> assertThat(row.get(0)).matches(WHEN))
                .containsSubsequence("planning.lead", "Name", "Jobcentre Plus", "Jobcentre Plus Nottinghamshire");
        assertThat(rows.get(1)).containsSubsequence("planning.lead", "Notes", "Not listed in the 2014-16 plan.",
                "Renamed in 2015.");
        // The demo data was loaded by the portal itself, with nobody signed in
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("system", "Created", "")
                .anySatisfy(after -> assertThat(after).contains("Name: Jobcentre Plus").contains("Kind: Jobcentre Plus")));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .containsSubsequence("system", "Membership of Nottinghamshire Children's Trust added"));
    }

    @Test
    void aMembershipMarkedAsLeftShowsInTheOrganisationsHistory() throws Exception {
        Long police = jdbc.queryForObject("select id from partner_organisation where name = 'Nottinghamshire Police'", Long.class);
        Long membership = jdbc.queryForObject("select id from partnership_membership where organisation_id = ?", Long.class, police);
        String organisation = "/admin/partners/" + police;
        mvc.perform(post(organisation + "/memberships/" + membership + "/leave").with(PLANNING_LEAD).with(csrf())
                        .param("leftOn.day", "31").param("leftOn.month", "3").param("leftOn.year", "2014").param("version", "0"))
                .andExpect(redirectedUrl(organisation));

        assertThat(rows(organisation + "/history").get(0)).containsSubsequence("planning.lead",
                "Membership of Nottinghamshire Children's Trust: Left", "Not given", "31 March 2014");
    }

    @Test
    void theGroupsHistoryShowsItsSeatsBeingAddedChangedAndRemoved() throws Exception {
        Long partnership = jdbc.queryForObject("select id from partnership where name = 'Nottinghamshire Children''s Trust'", Long.class);
        Long ashfield = jdbc.queryForObject("select id from partner_organisation where name = 'Ashfield District Council'", Long.class);
        String groups = "/admin/partnerships/" + partnership + "/groups";
        String group = mvc.perform(post(groups + "/new").with(PLANNING_LEAD).with(csrf())
                        .param("name", "Example Locality Group").param("type", "LOCALITY_GROUP"))
                .andExpect(redirectedUrlPattern(groups + "/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(group + "/members/new").with(PLANNING_LEAD).with(csrf()).param("role", "Chair"))
                .andExpect(redirectedUrl(group));
        Long chair = jdbc.queryForObject("select m.id from group_member m join partner_group g on g.id = m.group_id "
                + "where g.name = 'Example Locality Group'", Long.class);
        mvc.perform(post(group + "/members/" + chair + "/edit").with(user("another.admin").roles("ADMIN")).with(csrf())
                        .param("role", "Chair").param("personName", "A. Person").param("organisationIds", ashfield.toString())
                        .param("version", "0"))
                .andExpect(redirectedUrl(group));
        assertThat(Page.of(html(group)).count("a[href='" + group + "/history']")).isPositive();

        List<List<String>> rows = rows(group + "/history");
        assertThat(rows.get(0)).containsSubsequence("another.admin", "Seat “Chair”: Held by", "Not given", "A. Person");
        assertThat(rows.get(1)).containsSubsequence("another.admin", "Seat “Chair”: Organisations represented",
                "Not given", "Ashfield District Council");
        assertThat(rows.get(2)).containsSubsequence("planning.lead", "Seat “Chair” added", "");
        assertThat(rows.get(3)).containsSubsequence("planning.lead", "Created", "");
        assertThat(rows.get(3).get(4)).contains("Name: Example Locality Group", "Type: Locality group",
                "Partnership: Nottinghamshire Children's Trust");

        mvc.perform(post(group + "/members/" + chair + "/delete").with(PLANNING_LEAD).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(group));
        List<String> removed = rows(group + "/history").get(0);
        assertThat(removed).containsSubsequence("planning.lead", "Seat “Chair” removed");
        assertThat(removed.get(3)).contains("Role: Chair", "Held by: A. Person", "Organisations represented: Ashfield District Council");
        assertThat(removed.get(4)).isEmpty();
    }

    @Test
    void deletingAnOrganisationIsRecordedAndItIsStillNamedWhereItWasReferredTo() throws Exception {
        Long kind = jdbc.queryForObject("select id from partner_kind where name = 'Police'", Long.class);
        String parent = create("Short-lived Trust", kind, null);
        String child = create("Example Police Unit", kind, id(parent));
        mvc.perform(post(child + "/edit").with(PLANNING_LEAD).with(csrf()).param("name", "Example Police Unit")
                        .param("kindId", kind.toString()).param("category", "OTHER_PARTNER").param("version", "0"))
                .andExpect(redirectedUrl(child));
        mvc.perform(post(parent + "/delete").with(user("another.admin").roles("ADMIN")).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/partners"));
        assertThat(jdbc.queryForObject("select count(*) from partner_organisation where id = ?", Long.class, id(parent))).isZero();

        List<Entry> changes = history.read(List.of(Track.of(PartnerOrganisation.class, id(parent))), 0).getContent();
        assertThat(changes).extracting(Entry::who).containsExactly("another.admin", "planning.lead");
        assertThat(changes.get(0).rows()).singleElement().satisfies(row -> {
            assertThat(row.what()).isEqualTo("Deleted");
            assertThat(row.before()).contains("Name: Short-lived Trust", "Kind: Police", "Category: Other partner");
            assertThat(row.after()).isEmpty();
        });
        assertThat(changes.get(1).rows()).extracting(ChangeHistory.Row::what).containsExactly("Created");
        // The deleted organisation is named by the last name its history recorded
        assertThat(rows(child + "/history").get(0)).containsSubsequence("planning.lead", "Part of", "Short-lived Trust",
                "Not given");
    }

    @Test
    void aRecordWithNoRecordedChangeSaysSo() throws Exception {
        Long partnership = jdbc.queryForObject("select id from partnership where name = 'Nottinghamshire Children''s Trust'", Long.class);
        // Written past the portal, so nothing recorded it
        Long group = jdbc.queryForObject("insert into partner_group (partnership_id, name, type) "
                + "values (?, 'Example Unrecorded Group', 'HUB') returning id", Long.class, partnership);
        Page page = Page.of(html("/admin/partnerships/" + partnership + "/groups/" + group + "/history"));
        assertThat(page.text("#no-history")).isEqualTo("No changes to Example Unrecorded Group have been recorded yet.");
        assertThat(page.has("table")).isFalse();
    }

    private String create(String name, Long kind, Long parent) throws Exception {
        var request = post("/admin/partners/new").with(PLANNING_LEAD).with(csrf()).param("name", name)
                .param("kindId", kind.toString()).param("category", "OTHER_PARTNER");
        return mvc.perform(parent == null ? request : request.param("parentId", parent.toString()))
                .andExpect(redirectedUrlPattern("/admin/partners/*")).andReturn().getResponse().getRedirectedUrl();
    }

    private static Long id(String path) {
        return Long.valueOf(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void onlyAdminsMaySeeHistory() throws Exception {
        Long organisation = jdbc.queryForObject("select id from partner_organisation where name = 'Ashfield District Council'", Long.class);
        Long partnership = jdbc.queryForObject("select id from partnership where name = 'Nottinghamshire Children''s Trust'", Long.class);
        Long group = jdbc.queryForObject("select min(id) from partner_group where partnership_id = ?", Long.class, partnership);
        String[] pages = {"/admin/partners/" + organisation + "/history", "/admin/partnerships/" + partnership + "/history",
                "/admin/partnerships/" + partnership + "/groups/" + group + "/history"};
        for (String page : pages) {
            for (String role : new String[] {"OFFICER", "BOARD"}) {
                mvc.perform(get(page).with(user("x").roles(role))).andExpect(status().isForbidden());
            }
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(page).with(PLANNING_LEAD)).andExpect(status().isOk());
        }
        mvc.perform(get("/admin/partners/999999/history").with(PLANNING_LEAD)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/partnerships/999999/groups/" + group + "/history").with(PLANNING_LEAD))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLongHistoryIsPagedAndEveryPageCostsTheSameStatements() throws Exception {
        Long partnership = jdbc.queryForObject("select id from partnership where name = 'Nottinghamshire Children''s Trust'", Long.class);
        String groups = "/admin/partnerships/" + partnership + "/groups";
        String quiet = mvc.perform(post(groups + "/new").with(PLANNING_LEAD).with(csrf())
                .param("name", "Example Quiet Group").param("type", "HUB")).andReturn().getResponse().getRedirectedUrl();
        seat(quiet, "Chair", null, "Ashfield District Council", null);
        String busy = mvc.perform(post(groups + "/new").with(PLANNING_LEAD).with(csrf())
                .param("name", "Example Busy Group").param("type", "HUB")).andReturn().getResponse().getRedirectedUrl();
        String[] roles = {"Chair", "Vice-chair", "Secretary", "Treasurer", "Health lead", "Schools lead", "Police lead"};
        for (String role : roles) {
            Long seat = seat(busy, role, null, "Ashfield District Council", null);
            seat(busy, role, seat, "Bassetlaw District Council", 0L);
            seat(busy, role, seat, "Broxtowe Borough Council", 1L);
        }

        // 22 changes: the group created, then each seat added and changed twice (in two fields each time)
        Page first = Page.of(html(busy + "/history"));
        assertThat(first.count("table#history tbody")).isEqualTo(ChangeHistory.PAGE_SIZE);
        assertThat(first.count("a[href='" + busy + "/history?page=2']")).isPositive();
        List<List<String>> second = rows(busy + "/history?page=2");
        assertThat(second).extracting(row -> row.get(2)).containsExactly("Seat “Chair” added", "Created");

        long statements = statementsFor(quiet + "/history");
        assertThat(statements).isLessThanOrEqualTo(10);
        assertThat(statementsFor(busy + "/history")).isEqualTo(statements);
        assertThat(statementsFor(busy + "/history?page=2")).isEqualTo(statements);
    }

    /** Adds a seat to the group ({@code id} null) or changes it, held by someone representing the organisation. */
    private Long seat(String group, String role, Long id, String organisation, Long version) throws Exception {
        Long organisationId = jdbc.queryForObject("select id from partner_organisation where name = ?", Long.class, organisation);
        var request = post(group + "/members/" + (id == null ? "new" : id + "/edit")).with(PLANNING_LEAD).with(csrf())
                .param("role", role).param("personName", "Someone from " + organisation)
                .param("organisationIds", organisationId.toString());
        mvc.perform(version == null ? request : request.param("version", version.toString())).andExpect(redirectedUrl(group));
        return jdbc.queryForObject("select max(id) from group_member where role = ?", Long.class, role);
    }

    private long statementsFor(String path) throws Exception {
        // Switched on here only, rather than by a property, so that the test shares its Spring context
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            html(path);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).with(PLANNING_LEAD)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The history table's rows, each as the text of its cells: when, who, what, before, after. */
    private List<List<String>> rows(String path) throws Exception {
        return Page.of(html(path)).tableRows("table#history");
    }
}
