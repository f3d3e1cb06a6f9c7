package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.SecondPartnership;

/**
 * The access matrix with two partnerships: the demo partnership and a second one holding a record of every kind an
 * address can name ({@link SecondPartnership}). Every endpoint the application maps with an id in its address is called
 * with the second partnership's ids by the demo partnership's board member, officer and admin, and must answer "not
 * found" (or "forbidden" where the role alone refuses), changing nothing; the second partnership's own admin opens the
 * same pages. Lists, exports and choices sent from forms are checked the same way.
 */
@IntegrationTest
class PartnershipAccessMatrixTest {

    /** Kinds the installation's partnerships share (partner organisations and their kinds): any admin may name them. */
    private static final Set<String> SHARED_KINDS = Set.of("partners", "partner-kinds");

    /** The demo partnership's people: none may reach the second partnership. */
    private static final Map<String, String> DEMO_CALLERS = Map.of("board", "BOARD", "officer", "OFFICER",
            SecondPartnership.DEMO_PARTNERSHIP_ADMIN, "ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private SecondPartnership city;

    @BeforeEach
    void makeTheSecondPartnership() {
        city = SecondPartnership.in(jdbc);
    }

    @Test
    void noAddressOfTheSecondPartnershipOpensToTheFirst() throws Exception {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String endpoint : endpointsWithIds()) {
            String[] parts = endpoint.split(" ");
            if (namesOnlySharedKinds(parts[1])) {
                continue;
            }
            for (String path : paths(parts[1], false)) {
                for (Map.Entry<String, String> caller : DEMO_CALLERS.entrySet()) {
                    int status = call(HttpMethod.valueOf(parts[0]), path, user(caller.getKey()).roles(caller.getValue()))
                            .getStatus();
                    calls++;
                    if (status != 404 && status != 403) {
                        wrong.add("%s %s as %s: %d".formatted(parts[0], path, caller.getKey(), status));
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(300);
        assertThat(wrong).as("addresses of the second partnership that answered the first").isEmpty();
        assertThat(fingerprint()).as("the second partnership's records after every call").isEqualTo(before);
    }

    @Test
    void theSecondPartnershipsOwnAdminAndTheInstallationsAdminOpenTheSamePages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpointsWithIds()) {
            String[] parts = endpoint.split(" ");
            if (!parts[0].equals("GET")) {
                continue;
            }
            for (String path : paths(parts[1], true)) {
                for (String admin : List.of(SecondPartnership.ADMIN, "admin")) {
                    int status = call(HttpMethod.GET, path, user(admin).roles("ADMIN")).getStatus();
                    if (status == 404 || status >= 500) {
                        wrong.add("GET %s as %s: %d".formatted(path, admin, status));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBoardAndOfficerOfTheSecondPartnershipReadItsPagesAndNotTheFirsts() throws Exception {
        assertThat(page("/plans", SecondPartnership.BOARD, "BOARD")).contains(SecondPartnership.PLAN)
                .doesNotContain(DemoData.PLAN_2011);
        assertThat(page("/priorities/" + city.id("priorities"), SecondPartnership.BOARD, "BOARD"))
                .contains(SecondPartnership.PRIORITY);
        assertThat(page("/", SecondPartnership.OFFICER, "OFFICER")).contains("Test City action");
        String partnership = "/partnerships/" + city.id("partnerships");
        assertThat(page(partnership, SecondPartnership.BOARD, "BOARD")).contains(SecondPartnership.NAME, SecondPartnership.GROUP);
        String seats = page(partnership + "/groups/" + city.id("groups"), SecondPartnership.BOARD, "BOARD");
        assertThat(seats).contains("Test City chair");
        assertThat(seats.replaceAll("\\s+", " ")).contains("Vice-chair</th> <td class=\"govuk-table__cell\">Vacant</td>")
                .contains("Member for schools</th> <td class=\"govuk-table__cell\">Not named in the documents</td>");
        assertThat(page("/plan-years/" + city.id("plan-years") + "/published", SecondPartnership.BOARD, "BOARD"))
                .contains(SecondPartnership.PLAN, SecondPartnership.PRIORITY).doesNotContain(DemoData.PLAN_2011);
        assertThat(call(HttpMethod.GET, "/plan-years/" + DemoData.year2013(jdbc) + "/published.pdf",
                user(SecondPartnership.BOARD).roles("BOARD")).getStatus()).isEqualTo(404);
        long demoPlan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        assertThat(call(HttpMethod.GET, "/plans/" + demoPlan, user(SecondPartnership.BOARD).roles("BOARD")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void listsAndExportsShowOnlyThePartnershipsInReach() throws Exception {
        for (String path : List.of("/plans", "/")) {
            assertThat(page(path, "board", "BOARD")).contains(DemoData.PLAN_2011).doesNotContain("Test City");
        }
        assertThat(page("/", "officer", "OFFICER")).doesNotContain("Test City");
        assertThat(page("/reviews", SecondPartnership.DEMO_PARTNERSHIP_ADMIN, "ADMIN")).doesNotContain("Test City");
        assertThat(page("/reviews", SecondPartnership.ADMIN, "ADMIN")).contains("Test City action");
        for (String path : List.of("/admin/plans", "/admin/partnerships", "/admin/indicators", "/admin/frameworks",
                "/admin/rounds", "/admin/accounts?name=City", "/admin/partners/export",
                "/admin/partners/" + city.id("partners"))) {
            assertThat(page(path, SecondPartnership.DEMO_PARTNERSHIP_ADMIN, "ADMIN")).as(path)
                    .doesNotContain("Test City Children").doesNotContain("Test City round")
                    .doesNotContain("Test City indicator").doesNotContain("Test City framework")
                    .doesNotContain("Test City Officer");
        }
        assertThat(page("/admin/plans", SecondPartnership.DEMO_PARTNERSHIP_ADMIN, "ADMIN")).contains(DemoData.PLAN_2011);
        assertThat(page("/admin/plans", "admin", "ADMIN")).contains(DemoData.PLAN_2011).contains(SecondPartnership.PLAN);
        assertThat(page("/admin/accounts?name=City", "admin", "ADMIN")).contains("Test City Officer");
        assertThat(page("/admin/partnerships", SecondPartnership.ADMIN, "ADMIN")).contains(SecondPartnership.NAME)
                .doesNotContain("Add a partnership");
    }

    @Test
    void choicesOfAnotherPartnershipSentFromFormsAreRefused() throws Exception {
        RequestPostProcessor county = user(SecondPartnership.DEMO_PARTNERSHIP_ADMIN).roles("ADMIN");
        String other = String.valueOf(city.id("partnerships"));

        assertThat(send(post("/admin/plans/new").param("partnershipId", other).param("title", "Crossed plan")
                .param("startYear", "2013").param("endYear", "2016").param("status", "DRAFT"), county))
                .contains("Choose the partnership the plan belongs to");
        assertThat(send(post("/admin/indicators/new").param("partnershipId", other).param("name", "Crossed indicator"),
                county)).contains("Choose the partnership the indicator belongs to");
        assertThat(send(post("/admin/frameworks/new").param("partnershipId", other).param("name", "Crossed framework"),
                county)).contains("Choose the partnership the framework belongs to");
        assertThat(send(post("/admin/rounds/new").param("planYearId", String.valueOf(city.id("plan-years")))
                .param("name", "Crossed round").param("periodEnd.day", "30").param("periodEnd.month", "9")
                .param("periodEnd.year", "2013").param("deadline.day", "31").param("deadline.month", "10")
                .param("deadline.year", "2013"), county)).contains("Choose the plan year");
        assertThat(send(post("/admin/accounts/new").param("username", "crossed.officer")
                .param("displayName", "Crossed Officer").param("roles", "OFFICER").param("personChoice", "NEW")
                .param("organisationId", String.valueOf(city.id("partners"))).param("partnershipIds", other), county))
                .contains("Select only partnerships from the list");
        long demoOrganisation = jdbc.queryForObject("select min(id) from partner_organisation where id <> ?", Long.class,
                city.id("partners"));
        assertThat(send(post("/admin/partners/" + demoOrganisation + "/memberships/new").param("partnershipId", other),
                county)).contains("Choose the partnership");
        assertThat(mvc.perform(post("/admin/partnerships/new").param("name", "Crossed partnership").with(csrf())
                .with(county)).andReturn().getResponse().getStatus()).as("only an installation's admin adds one").isEqualTo(403);
        assertThat(call(HttpMethod.GET, "/admin/status-settings", county).getStatus()).isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from partnership where name = 'Crossed partnership'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan where title = 'Crossed plan'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from indicator where name = 'Crossed indicator'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from external_framework where name = 'Crossed framework'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reporting_round where name = 'Crossed round'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'crossed.officer'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from partnership_membership where organisation_id = ?"
                + " and partnership_id = ?", Integer.class, demoOrganisation, city.id("partnerships"))).isZero();
    }

    private String page(String path, String username, String role) throws Exception {
        MockHttpServletResponse response = call(HttpMethod.GET, path, user(username).roles(role));
        assertThat(response.getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        return response.getContentAsString();
    }

    private String send(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(caller)).andReturn().getResponse();
        assertThat(response.getStatus()).as("the form shown again with its problem").isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse call(HttpMethod method, String path, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).with(caller);
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** What the second partnership holds, in one line: any change to it shows. */
    private String fingerprint() {
        return jdbc.queryForObject("select concat_ws('|',"
                + " (select name from partnership where id = ?),"
                + " (select concat(title, status, version) from plan where id = ?),"
                + " (select concat(label, version) from plan_year where id = ?),"
                + " (select concat(number, title, version) from priority where id = ?),"
                + " (select concat(number, text, version) from plan_action where id = ?),"
                + " (select concat(text, version) from milestone where id = ?),"
                + " (select concat(name, version) from indicator where id = ?),"
                + " (select concat(figure, target, version) from indicator_value where id = ?),"
                + " (select concat(name, deadline, closed_at, version) from reporting_round where id = ?),"
                + " (select concat(state, commentary, version) from progress_update where id = ?),"
                + " (select concat(name, version) from partner_group where id = ?),"
                + " (select concat(role, person_name, version) from group_member where id = ?),"
                + " (select concat(display_name, active, version) from account where id = ?),"
                + " (select count(*) from priority where plan_year_id = ?),"
                + " (select count(*) from plan_action where plan_year_id = ?),"
                + " (select count(*) from progress_update_attachment),"
                + " (select concat(state, version) from figure_import where id = ?),"
                + " (select count(*) from figure_import where plan_year_id = ?),"
                + " (select concat(title, likelihood, impact, version) from plan_risk where id = ?),"
                + " (select concat(name, version) from vulnerable_group where id = ?))", String.class,
                city.id("partnerships"), city.id("plans"), city.id("plan-years"), city.id("priorities"),
                city.id("actions"), city.id("milestones"), city.id("indicators"), city.id("values"), city.id("rounds"),
                city.id("updates"), city.id("groups"), city.id("members"), city.id("accounts"), city.id("plan-years"),
                city.id("plan-years"), city.id("figure-imports"), city.id("plan-years"), city.id("risks"),
                city.id("vulnerable-groups"));
    }

    /** "METHOD pattern" for every mapped endpoint with a variable in its address. */
    private Set<String> endpointsWithIds() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                // The public pages are for everybody, whatever their partnership, and serve only published years:
                // PublicPagesTest checks that nothing else reaches them.
                if (!pattern.contains("{") || pattern.startsWith("/public/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    /**
     * The addresses of a pattern with the second partnership's records: a variable that chooses among words ("{part:
     * themes|principles}") is each of them, any other is the id of the record named by the word before it. With
     * {@code onlyRealParts}, only the parents and parts the plan's structure has (themes of a plan, operational
     * objectives of a strategic objective).
     */
    private List<String> paths(String pattern, boolean onlyRealParts) {
        List<String> paths = new ArrayList<>(List.of(""));
        String[] segments = pattern.substring(1).split("/");
        for (String segment : segments) {
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                String previous = path.substring(path.lastIndexOf('/') + 1);
                if (segment.matches("\\{\\w+:[a-z|-]+}")) {
                    for (String word : segment.substring(segment.indexOf(':') + 1, segment.length() - 1).split("\\|")) {
                        next.add(path + "/" + word);
                    }
                } else if (segment.startsWith("{")) {
                    next.add(path + "/" + city.id(previous));
                } else {
                    next.add(path + "/" + segment);
                }
            }
            paths = next;
        }
        return onlyRealParts ? paths.stream().filter(PartnershipAccessMatrixTest::isRealPart).toList() : paths;
    }

    /** Whether every id in the pattern's addresses is of a kind the partnerships share. */
    private static boolean namesOnlySharedKinds(String pattern) {
        String[] segments = pattern.substring(1).split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{") && !segments[i].matches("\\{\\w+:[a-z|-]+}")
                    && !SHARED_KINDS.contains(segments[i - 1])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRealPart(String path) {
        return !path.matches("/admin/plans/\\d+/operational-objectives/new")
                && !path.matches("/admin/strategic-objectives/\\d+/(plan-sections|themes|principles|strategic-objectives)/new");
    }
}
