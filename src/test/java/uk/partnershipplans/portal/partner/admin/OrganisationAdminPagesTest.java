package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may keep partner organisations, and what the pages say when a save is refused.
 * No transaction around the requests, so a page that would load lazily outside one fails here. */
@IntegrationTest
class OrganisationAdminPagesTest {

    private static final RequestPostProcessor ADMIN = user("a").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long ashfield;
    Long membership;

    @BeforeEach
    void ids() {
        ashfield = jdbc.queryForObject("select id from partner_organisation where name = 'Ashfield District Council'", Long.class);
        membership = jdbc.queryForObject("select id from partnership_membership where organisation_id = ?", Long.class, ashfield);
    }

    @Test
    void boardMembersAndOfficersMayNotOpenOrSendTheOrganisationForms() throws Exception {
        String organisation = "/admin/partners/" + ashfield;
        String kind = "/admin/partner-kinds/" + jdbc.queryForObject("select kind_id from partner_organisation where id = ?", Long.class, ashfield);
        for (String role : new String[] {"BOARD", "OFFICER"}) {
            RequestPostProcessor someone = user("x").roles(role);
            for (String page : new String[] {"/admin/partners", "/admin/partners/new", organisation,
                    organisation + "/edit", organisation + "/delete", organisation + "/memberships/" + membership + "/leave", organisation + "/memberships/new"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/partners/new").with(someone).with(csrf()).param("name", "Sent by " + role))
                    .andExpect(status().isForbidden());
            mvc.perform(post(organisation + "/edit").with(someone).with(csrf()).param("name", "Sent by " + role)
                    .param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(organisation + "/memberships/" + membership + "/leave").with(someone).with(csrf())
                    .param("leftOn.day", "1").param("leftOn.month", "1").param("leftOn.year", "2014"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(organisation + "/delete").with(someone).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            for (String page : new String[] {"/admin/partner-kinds", "/admin/partner-kinds/new", kind + "/edit", kind + "/delete"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/partner-kinds/new").with(someone).with(csrf()).param("name", "Sent by " + role))
                    .andExpect(status().isForbidden());
            mvc.perform(post(kind + "/edit").with(someone).with(csrf()).param("name", "Sent by " + role).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(kind + "/delete").with(someone).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from partner_organisation where name like 'Sent by %'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from partner_kind where name like 'Sent by %'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select left_on from partnership_membership where id = ?", java.sql.Date.class, membership)).isNull();
    }

    @Test
    void adminsSearchFilterAndSortTheList() throws Exception {
        mvc.perform(get("/admin").with(ADMIN)).andExpect(Page.linkTo("/admin/partners"));
        mvc.perform(get("/admin/partners").with(ADMIN).param("name", "council").param("sort", "kind"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ashfield District Council")))
                .andExpect(content().string(not(containsString("Nottinghamshire Police"))))
                .andExpect(Page.expect(page -> assertThat(page.select("th[aria-sort=ascending]")).hasSize(1)))
                .andExpect(Page.linkTo("/admin/partners?name=council&sort=KIND"));
        mvc.perform(get("/admin/partners").with(ADMIN).param("status", "FORMER"))
                .andExpect(content().string(containsString("No partner organisations match")));
        for (String page : new String[] {"/admin/partners/new", "/admin/partners/" + ashfield,
                "/admin/partners/" + ashfield + "/edit", "/admin/partners/" + ashfield + "/memberships/" + membership + "/leave",
                "/admin/partners/" + ashfield + "/memberships/new"}) {
            mvc.perform(get(page).with(ADMIN)).andExpect(status().isOk());
        }
        Long kind = jdbc.queryForObject("select kind_id from partner_organisation where id = ?", Long.class, ashfield);
        mvc.perform(get("/admin").with(ADMIN)).andExpect(Page.linkTo("/admin/partner-kinds"));
        mvc.perform(get("/admin/partner-kinds").with(ADMIN)).andExpect(content().string(containsString("District or borough council")))
                .andExpect(content().string(containsString("Relevant partner")));
        mvc.perform(get("/admin/partner-kinds/new").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/admin/partner-kinds/" + kind + "/edit").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/admin/partner-kinds/" + kind + "/delete").with(ADMIN))
                .andExpect(content().string(containsString("it is the kind of 7 partner organisations")));
        mvc.perform(post("/admin/partner-kinds/new").with(ADMIN).with(csrf()).param("name", " police "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already a kind of partner called &#39;Police&#39;")))
                .andExpect(Page.fieldHolding(" police "));
        mvc.perform(get("/admin/partners/" + ashfield + "/delete").with(ADMIN))
                .andExpect(content().string(containsString("cannot be deleted because 1 partnership membership")));
    }

    @Test
    void aDuplicateOrStaleSaveIsShownAgainWithTheReason() throws Exception {
        Long kind = jdbc.queryForObject("select kind_id from partner_organisation where id = ?", Long.class, ashfield);
        mvc.perform(post("/admin/partners/new").with(ADMIN).with(csrf()).param("name", " ASHFIELD district council ")
                .param("shortName", "Typed short name").param("kindId", kind.toString()).param("category", "RELEVANT_PARTNER"))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.title()).startsWith("Error: Add a partner organisation");
                    assertThat(page.errorSummaryLinks())
                            .contains("#name There is already a partner organisation called 'Ashfield District Council'");
                    assertThat(page.input("shortName").val()).isEqualTo("Typed short name");
                }));
        mvc.perform(post("/admin/partners/" + ashfield + "/edit").with(ADMIN).with(csrf()).param("name", "Ashfield District Council")
                .param("notes", "My change").param("kindId", kind.toString()).param("category", "RELEVANT_PARTNER").param("version", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My change</textarea>")))
                .andExpect(content().string(containsString("id=\"saved-version\"")));
        assertThat(jdbc.queryForObject("select notes from partner_organisation where id = ?", String.class, ashfield))
                .as("nothing was overwritten").isNotEqualTo("My change");
        mvc.perform(post("/admin/partners/" + ashfield + "/memberships/" + membership + "/leave").with(ADMIN).with(csrf())
                .param("leftOn.day", "31").param("leftOn.month", "13").param("leftOn.year", "2014").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date it left must be a real date")))
                .andExpect(Page.fieldHolding("13"));
    }
}
