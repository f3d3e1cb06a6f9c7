package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/** Who may keep groups and seats, and what the pages say when a save is refused: never an error page. */
@IntegrationTest
class GroupAdminPagesTest {

    private static final RequestPostProcessor ADMIN = user("a").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long partnership;
    String groups;
    String group;
    String name;

    @BeforeEach
    void anExampleGroup() throws Exception {
        partnership = jdbc.queryForObject("select id from partnership where name = 'Nottinghamshire Children''s Trust'", Long.class);
        groups = "/admin/partnerships/" + partnership + "/groups";
        name = "Example Board " + UUID.randomUUID() + " (illustration)";
        group = mvc.perform(post(groups + "/new").with(ADMIN).with(csrf()).param("name", name).param("type", "BOARD"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(group).startsWith(groups + "/");
    }

    @AfterEach
    void deleteIt() {
        jdbc.update("delete from partner_group where name = ?", name);
    }

    @Test
    void boardMembersAndOfficersMayNotOpenOrSendTheGroupForms() throws Exception {
        Long chair = addChair();
        String seat = group + "/members/" + chair;
        for (String role : new String[] {"BOARD", "OFFICER"}) {
            RequestPostProcessor someone = user("x").roles(role);
            for (String page : new String[] {groups, groups + "/new", group, group + "/edit", group + "/delete",
                    group + "/members/new", seat + "/edit", seat + "/delete"}) {
                mvc.perform(get(page).with(someone)).andExpect(status().isForbidden());
            }
            mvc.perform(post(groups + "/new").with(someone).with(csrf()).param("name", "Sent by " + role).param("type", "HUB"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(group + "/edit").with(someone).with(csrf()).param("name", "Sent by " + role)
                    .param("type", "HUB").param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(group + "/members/new").with(someone).with(csrf()).param("role", "Sent by " + role))
                    .andExpect(status().isForbidden());
            mvc.perform(post(seat + "/edit").with(someone).with(csrf()).param("role", "Sent by " + role)
                    .param("version", "0")).andExpect(status().isForbidden());
            mvc.perform(post(seat + "/delete").with(someone).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(group + "/delete").with(someone).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from partner_group where name like 'Sent by %'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from group_member where role <> 'Chair' and group_id = ?",
                Long.class, groupId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from partner_group where name = ?", Long.class, name)).isOne();
    }

    @Test
    void adminsOpenTheGroupPages() throws Exception {
        Long chair = addChair();
        mvc.perform(get("/admin/partnerships/" + partnership).with(ADMIN))
                .andExpect(Page.linkTo(groups));
        mvc.perform(get(groups).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        for (String page : new String[] {groups + "/new", group, group + "/edit", group + "/members/new",
                group + "/members/" + chair + "/edit", group + "/members/" + chair + "/delete"}) {
            mvc.perform(get(page).with(ADMIN)).andExpect(status().isOk());
        }
        mvc.perform(get(group + "/delete").with(ADMIN))
                .andExpect(content().string(containsString("Its 1 seat will be deleted with it.")));
    }

    @Test
    void aSeatWithoutARoleOrWithATakenRoleIsShownAgainWithWhatWasTyped() throws Exception {
        addChair();
        mvc.perform(post(group + "/members/new").with(ADMIN).with(csrf()).param("role", " ").param("jobTitle", "Typed title"))
                .andExpect(status().isOk())
                .andExpect(Page.expect(page -> {
                    assertThat(page.title()).startsWith("Error: Add a seat");
                    assertThat(page.errorSummaryLinks()).contains("#role Enter the role, for example Chair");
                    assertThat(page.attr("role", "aria-describedby")).isEqualTo("role-hint role-error");
                    assertThat(page.input("jobTitle").val()).isEqualTo("Typed title");
                }));
        mvc.perform(post(group + "/members/new").with(ADMIN).with(csrf()).param("role", "chair"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This group already has a seat &#39;Chair&#39;")));
        assertThat(jdbc.queryForObject("select count(*) from group_member where group_id = ?", Long.class, groupId())).isOne();
    }

    @Test
    void aStaleSaveOfASeatKeepsWhatWasTypedAndShowsTheSavedValuesWithWhoSavedThem() throws Exception {
        Long chair = addChair();
        String seat = group + "/members/" + chair + "/edit";
        mvc.perform(post(seat).with(ADMIN).with(csrf()).param("role", "Chair").param("jobTitle", "Saved first").param("version", "0"))
                .andExpect(redirectedUrl(group));
        mvc.perform(post(seat).with(ADMIN).with(csrf()).param("role", "Chair").param("jobTitle", "From an old form").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this while you were editing it")))
                .andExpect(content().string(containsString("value=\"From an old form\"")))
                .andExpect(content().string(containsString("id=\"saved-by\">a saved it on ")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"jobTitle-saved\">\\s*<strong>Saved by someone else:</strong>\\s*Saved first\\s*</div>.*")));
    }

    @Test
    void aGroupIsDeletedWithItsSeatsAfterConfirmation() throws Exception {
        addChair();
        Long id = groupId();
        mvc.perform(post(group + "/delete").with(ADMIN).with(csrf()).param("version", "0")).andExpect(redirectedUrl(groups));
        assertThat(jdbc.queryForObject("select count(*) from group_member where group_id = ?", Long.class, id)).isZero();
    }

    private Long addChair() throws Exception {
        mvc.perform(post(group + "/members/new").with(ADMIN).with(csrf()).param("role", "Chair")).andExpect(redirectedUrl(group));
        return jdbc.queryForObject("select id from group_member where group_id = ? and role = 'Chair'", Long.class, groupId());
    }

    private Long groupId() {
        return Long.valueOf(group.substring(group.lastIndexOf('/') + 1));
    }
}
