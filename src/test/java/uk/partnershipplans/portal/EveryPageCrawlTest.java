package uk.partnershipplans.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import uk.partnershipplans.portal.reporting.update.UpdateFixture;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Follows every link each role can see, from its home page, on a database holding every kind of record: the demo
 * partnership and plans (partners, groups, people, plans, years, priorities, actions, milestones, frameworks,
 * indicators and their values), a closed reporting round whose updates were submitted (with milestones done, links and
 * files), returned and approved, and an open round with a draft update and one not started, with their history. No page a person can reach may answer with a server error or a broken link. Pages that differ
 * only in their ids or in the values of their query are visited twice each, which is enough to find a page that breaks
 * on a kind of record while keeping the crawl short.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // approving an update changes the demo plan
class EveryPageCrawlTest {

    private static final int VISITS_OF_EACH_KIND_OF_PAGE = 2;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /**
     * A closed round whose action update went through every state (submitted with a milestone done, a link and a file;
     * returned; submitted again; approved) and whose indicator update was approved; then an open round with a draft
     * update and one not started.
     */
    @BeforeEach
    void roundsWithUpdatesInEveryState() throws Exception {
        UpdateFixture fixture = new UpdateFixture(context);
        UpdateFixture.Round round = fixture.freshRound();
        fixture.nameLeadOfActionPriorities(round, "board");
        RequestPostProcessor officer = user("officer").roles("OFFICER");
        RequestPostProcessor admin = user("admin").roles("ADMIN");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        long milestone = jdbc.queryForObject("select min(id) from milestone where action_id = ?", Long.class, round.actionId());
        mvc.perform(slipping(round.actionUpdateId(), 0, milestone, "Going more slowly")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", pdf)).with(officer))
                .andExpect(status().isFound());
        mvc.perform(post("/updates/" + round.actionUpdateId() + "/return").with(csrf()).with(admin)
                        .param("version", "1").param("returnComment", "Please say which consultation"))
                .andExpect(status().isFound());
        mvc.perform(slipping(round.actionUpdateId(), 2, milestone, "Going more slowly: the SEND consultation").with(officer))
                .andExpect(status().isFound());
        mvc.perform(post("/updates/" + round.actionUpdateId() + "/approve").with(csrf()).with(admin).param("version", "3"))
                .andExpect(status().isFound());
        mvc.perform(post("/updates/" + round.indicatorUpdateId()).with(csrf()).with(officer)
                        .param("action", "submit").param("version", "0").param("figure", "45.50")
                        .param("commentary", "From the NHS return").param("nationalAverage", "47.2"))
                .andExpect(status().isFound());
        mvc.perform(post("/updates/" + round.indicatorUpdateId() + "/approve").with(csrf()).with(admin).param("version", "1"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForList("select state from progress_update where round_id = ?", String.class, round.roundId()))
                .containsOnly("APPROVED");
        long roundVersion = jdbc.queryForObject("select version from reporting_round where id = ?", Long.class, round.roundId());
        mvc.perform(post("/admin/rounds/" + round.roundId() + "/close").with(csrf()).with(admin)
                        .param("version", String.valueOf(roundVersion)))
                .andExpect(status().isFound());

        riskAndVulnerableGroup();

        UpdateFixture.Round open = fixture.openRound("Six-monthly review, September 2014", LocalDate.of(2014, 9, 30),
                LocalDate.of(2014, 10, 31));
        mvc.perform(post("/updates/" + open.actionUpdateId()).with(csrf()).with(officer)
                        .param("action", "draft").param("version", "0").param("reportedStatus", "ON_TRACK")
                        .param("commentary", "Draft so far"))
                .andExpect(status().isFound());
    }

    /** A risk of the 2011-14 plan and a vulnerable group, each linked to a priority of its 2013-14 year. */
    private void riskAndVulnerableGroup() {
        long year = DemoData.year2013(jdbc);
        long plan = jdbc.queryForObject("select plan_id from plan_year where id = ?", Long.class, year);
        long priority = jdbc.queryForObject("select min(id) from priority where plan_year_id = ?", Long.class, year);
        long risk = jdbc.queryForObject("insert into plan_risk (plan_id, plan_year_id, title, area, likelihood, impact,"
                + " owner, review_date) values (?, ?, 'Staff turnover', 'Workforce', 3, 4, 'Service Director',"
                + " date '2027-03-31') returning id", Long.class, plan, year);
        jdbc.update("insert into plan_risk_priority (risk_id, priority_id) values (?, ?)", risk, priority);
        long group = jdbc.queryForObject("insert into vulnerable_group (plan_id, name, definition) values (?,"
                + " 'Looked after children', 'Children in the care of the local authority') returning id", Long.class, plan);
        jdbc.update("insert into vulnerable_group_priority (group_id, priority_id) values (?, ?)", group, priority);
    }

    /** An action update submitted as slipping, with a revised target, a milestone done, evidence and a link. */
    private static MockMultipartHttpServletRequestBuilder slipping(long updateId, long version, long milestone,
            String commentary) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/updates/" + updateId).with(csrf())
                .param("action", "submit").param("version", String.valueOf(version))
                .param("reportedStatus", "SLIPPING").param("commentary", commentary)
                .param("revisedTargetDate.day", "30").param("revisedTargetDate.month", "6")
                .param("revisedTargetDate.year", "2014").param("revisionReason", "Consultation extended")
                .param("milestones[0].milestoneId", String.valueOf(milestone)).param("milestones[0].done", "true")
                .param("milestones[0].doneOn.day", "1").param("milestones[0].doneOn.month", "11")
                .param("milestones[0].doneOn.year", "2013").param("evidence", "Board minutes")
                .param("links[0].title", "Strategy").param("links[0].url", "https://www.example.org/strategy");
    }

    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
        jdbc.update("delete from plan_risk");
        jdbc.update("delete from vulnerable_group where name = 'Looked after children'");
    }

    @Test
    void everyPageAnOfficerCanReachAnswers() throws Exception {
        assertThat(crawl(user("officer").roles("OFFICER"), "/")).hasSizeGreaterThan(10);
    }

    @Test
    void everyPageABoardMemberCanReachAnswers() throws Exception {
        assertThat(crawl(user("board").roles("BOARD"), "/", "/reviews")).hasSizeGreaterThan(20);
    }

    @Test
    void everyPageAnAdminCanReachAnswers() throws Exception {
        assertThat(crawl(user("admin").roles("ADMIN"), "/admin", "/plans", "/reviews")).hasSizeGreaterThan(50);
    }

    @Test
    void everyUpdateAndItsHistoryOpensForTheBoard() throws Exception {
        List<Long> updates = jdbc.queryForList("select id from progress_update", Long.class);
        assertThat(updates).hasSize(4);
        Long closed = jdbc.queryForObject("select id from reporting_round where closed_at is not null", Long.class);
        Page tracker = Page.of(mvc.perform(get("/admin/rounds/" + closed).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tracker.select("#updates a").eachAttr("href")).as("a closed round's tracker links each update")
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select '/updates/' || id from progress_update "
                        + "where round_id = ?", String.class, closed));
        for (Long id : updates) {
            for (String page : List.of("/updates/" + id, "/updates/" + id + "/history")) {
                mvc.perform(get(page).with(user("board").roles("BOARD"))).andExpect(status().isOk());
            }
        }
    }

    /** Visits the pages linked from {@code start}, and from them, as {@code someone}; returns the pages visited. */
    private Set<String> crawl(RequestPostProcessor someone, String... start) throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of(start));
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Integer> visitsOfKind = new HashMap<>();
        List<String> failures = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            String address = toVisit.removeFirst();
            if (visited.contains(address) || visitsOfKind.merge(kindOf(address), 1, Integer::sum) > VISITS_OF_EACH_KIND_OF_PAGE) {
                continue;
            }
            visited.add(address);
            MockHttpServletResponse response = mvc.perform(get(address).with(someone)).andReturn().getResponse();
            if (response.getStatus() >= 400) {
                failures.add(response.getStatus() + " " + address);
                continue;
            }
            String type = response.getContentType();
            if (response.getStatus() == 200 && type != null && type.startsWith("text/html")) {
                for (Page.Link link : Page.of(response.getContentAsString(StandardCharsets.UTF_8)).links()) {
                    followable(link.href()).ifPresent(toVisit::addLast);
                }
            }
        }
        assertThat(failures).as("pages that answered with an error, as linked").isEmpty();
        return visited;
    }

    /** A link to a page of the portal, without its fragment; none for other sites, assets and signing out. */
    private static java.util.Optional<String> followable(String href) {
        if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/logout") || href.startsWith("/assets/")
                || href.startsWith("/webjars/") || href.startsWith("/css/") || href.startsWith("/js/")) {
            return java.util.Optional.empty();
        }
        int fragment = href.indexOf('#');
        String address = fragment < 0 ? href : href.substring(0, fragment);
        return address.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(address);
    }

    /** The page's kind: its path with every number as N, and the names of its query's parameters. */
    private static String kindOf(String address) {
        UriComponents uri = UriComponentsBuilder.fromUriString(address).build();
        return uri.getPath().replaceAll("\\d+", "N") + "?" + new TreeSet<>(uri.getQueryParams().keySet());
    }
}
