package uk.partnershipplans.portal.governance.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * The planning team records a vulnerable group of the 2011-14 plan, linked to priority 3.1 of 2013-14; everyone who
 * reads the plan sees the group, and on its page the actions and indicators of that priority and no others. On a
 * database of its own, whose groups (the demo ones too) it removes before and after each test.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class VulnerableGroupTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private long year;
    private long priority;

    @BeforeEach
    void findThePlanWithoutItsDemoGroups() {
        jdbc.update("delete from vulnerable_group");
        plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        year = DemoData.year2013(jdbc);
        priority = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class, year);
    }

    @AfterEach
    void removeTheGroups() {
        jdbc.update("delete from vulnerable_group");
    }

    @Test
    void aGroupShowsTheActionsAndIndicatorsOfItsPrioritiesOnly() throws Exception {
        MockHttpServletResponse created = send(group(post("/admin/plans/" + plan + "/vulnerable-groups/new"),
                "priorityIds", String.valueOf(priority)));
        long id = jdbc.queryForObject("select id from vulnerable_group", Long.class);
        assertThat(created.getRedirectedUrl()).isEqualTo("/vulnerable-groups/" + id);

        Page list = Page.of(read("/plans/" + plan + "/vulnerable-groups", OFFICER));
        assertThat(list.texts("#groups tbody th")).containsExactly("Looked after children");
        assertThat(list.text("#groups tbody")).contains("3.1 ", "(2013-14)");

        Page page = Page.of(read("/vulnerable-groups/" + id, OFFICER));
        assertThat(page.h1()).isEqualTo("Looked after children");
        assertThat(page.texts("main p")).contains("Children and young people in the care of the local authority.");
        List<String> actionsOf31 = jdbc.queryForList("select a.id from plan_action a join action_priority ap"
                + " on ap.action_id = a.id where ap.priority_id = ?", Long.class, priority).stream()
                .map(a -> "/actions/" + a).toList();
        List<String> actionsShown = page.select("#actions-" + year + " tbody th a").stream().map(a -> a.attr("href")).toList();
        assertThat(actionsOf31).isNotEmpty();
        assertThat(actionsShown).containsExactlyInAnyOrderElementsOf(actionsOf31);
        List<String> indicatorsOf31 = jdbc.queryForList("select distinct ip.indicator_id from indicator_priority ip"
                + " join plan_year_indicator u on u.indicator_id = ip.indicator_id and u.plan_year_id = ?"
                + " where ip.priority_id = ?", Long.class, year, priority).stream().map(i -> "/indicators/" + i).toList();
        List<String> indicatorsShown = page.select("#indicators-" + year + " tbody th a").stream()
                .map(a -> a.attr("href")).toList();
        assertThat(indicatorsOf31).isNotEmpty();
        assertThat(indicatorsShown).containsExactlyInAnyOrderElementsOf(indicatorsOf31);
        assertThat(Page.of(read("/plans/" + plan + "/vulnerable-groups", ADMIN)).hasId("new-group")).isTrue();
        assertThat(list.hasId("new-group")).as("only admins add groups").isFalse();
    }

    @Test
    void aNameIsUsedOnceInAPlanAndWhatWasTypedIsKept() throws Exception {
        assertThat(send(group(post("/admin/plans/" + plan + "/vulnerable-groups/new"))).getStatus()).isEqualTo(302);
        Page twice = Page.of(send(group(post("/admin/plans/" + plan + "/vulnerable-groups/new"),
                "definition", "Another definition")).getContentAsString());
        assertThat(twice.errorSummary()).extracting(Page.Link::text)
                .containsExactly("This plan already has a vulnerable group called “Looked after children”");
        assertThat(twice.byId("definition").text()).isEqualTo("Another definition");
        Page blank = Page.of(send(group(post("/admin/plans/" + plan + "/vulnerable-groups/new"), "name", "")).getContentAsString());
        assertThat(blank.errorSummary()).extracting(Page.Link::text).containsExactly("Enter the name of the group");
        assertThat(jdbc.queryForObject("select count(*) from vulnerable_group", Integer.class)).isEqualTo(1);
    }

    @Test
    void aGroupHasItsHistoryAndIsDeletedAfterAConfirmation() throws Exception {
        send(group(post("/admin/plans/" + plan + "/vulnerable-groups/new")));
        long id = jdbc.queryForObject("select id from vulnerable_group", Long.class);
        assertThat(send(group(post("/admin/plans/" + plan + "/vulnerable-groups/" + id + "/edit"), "name", "Children in care",
                "priorityIds", String.valueOf(priority), "version", version(id))).getRedirectedUrl())
                .isEqualTo("/vulnerable-groups/" + id);
        List<List<String>> history = Page.of(read("/vulnerable-groups/" + id + "/history", OFFICER)).tableRows("#history");
        assertThat(history).anySatisfy(row -> assertThat(row.subList(2, 5))
                .containsExactly("Name", "Looked after children", "Children in care"));

        String delete = "/admin/plans/" + plan + "/vulnerable-groups/" + id + "/delete";
        assertThat(Page.of(read(delete, ADMIN)).h1()).contains("the vulnerable group “Children in care”");
        assertThat(send(post(delete).param("version", version(id))).getRedirectedUrl())
                .isEqualTo("/plans/" + plan + "/vulnerable-groups");
        assertThat(jdbc.queryForObject("select count(*) from vulnerable_group", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vulnerable_group_priority", Integer.class)).isZero();
    }

    private static MockHttpServletRequestBuilder group(MockHttpServletRequestBuilder request, String... typed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", "Looked after children");
        fields.put("definition", "Children and young people in the care of the local authority.");
        fields.put("version", "0");
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf())).andReturn().getResponse();
    }

    private String read(String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String version(long id) {
        return String.valueOf(jdbc.queryForObject("select version from vulnerable_group where id = ?", Long.class, id));
    }
}
