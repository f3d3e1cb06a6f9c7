package uk.partnershipplans.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.SavesAtOnce.CHANGED_MEANWHILE;
import static uk.partnershipplans.portal.support.SavesAtOnce.SAVED;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.PortalHttp;
import uk.partnershipplans.portal.support.SavesAtOnce;
import uk.partnershipplans.portal.support.WebTest;

/**
 * Two people pressing "Save" on the same priority at the same instant, over real HTTP, on the board's edit page and on
 * the admin's: one save wins and the other gets the "changed meanwhile" page, never a server error. The clash is a
 * race, so it is run several times. The priority is the test's own, in a plan of its own, removed afterwards.
 */
@WebTest
class PrioritySavedAtOnceTest {

    private static final int ROUNDS = 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Long planId;
    Long yearId;
    Long priorityId;

    @BeforeEach
    void aPriorityWithSectionsAndALink() {
        planId = jdbc.queryForObject("insert into plan (partnership_id, title, start_year, end_year, status) "
                + "values ((select min(id) from partnership), ?, 2020, 2021, 'APPROVED') returning id", Long.class,
                "Saved at once " + UUID.randomUUID());
        yearId = jdbc.queryForObject("insert into plan_year (plan_id, label, start_date, end_date) "
                + "values (?, '2020-21', date '2020-04-01', date '2021-03-31') returning id", Long.class, planId);
        priorityId = jdbc.queryForObject("insert into priority (plan_year_id, number, title, position) "
                + "values (?, '1', 'A priority two people save at once', 1) returning id", Long.class, yearId);
        jdbc.update("insert into priority_section (priority_id, position, heading, body) "
                + "values (?, 1, 'Why', 'Because.'), (?, 2, 'What we will do', 'Things.')", priorityId, priorityId);
        jdbc.update("insert into priority_link (priority_id, position, title, url) "
                + "values (?, 1, 'Strategy', 'https://example.org/')", priorityId);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from priority where plan_year_id in (select id from plan_year where plan_id = ?)", planId);
        jdbc.update("delete from plan_year where plan_id = ?", planId);
        jdbc.update("delete from plan where id = ?", planId);
    }

    @Test
    void aBoardMemberAndAnAdminSavingThePriorityAtOnceGetOneSaveAndOneChangedMeanwhilePage() {
        List<PortalHttp> people = List.of(signedIn("board"), signedIn("admin"));

        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<String> seen = SavesAtOnce.save("/priorities/" + priorityId + "/edit", people,
                    person -> Map.of("title", "Saved at once " + r + "." + person,
                            "sections[0].body", "Because " + r + "." + person, "links[0].title", "Strategy " + r + "." + person));

            assertThat(seen).as("round %d", round).containsExactlyInAnyOrder(SAVED, CHANGED_MEANWHILE);
        }
    }

    @Test
    void twoAdminsSavingThePriorityAtOnceGetOneSaveAndOneChangedMeanwhilePage() {
        List<PortalHttp> admins = List.of(signedIn("admin"), signedIn("admin"));

        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<String> seen = SavesAtOnce.save("/admin/plan-years/" + yearId + "/priorities/" + priorityId + "/edit", admins,
                    admin -> Map.of("title", "Saved at once " + r + "." + admin, "focusPoints", "Focus " + r + "." + admin));

            assertThat(seen).as("round %d", round).containsExactlyInAnyOrder(SAVED, CHANGED_MEANWHILE);
        }
    }

    private PortalHttp signedIn(String username) {
        PortalHttp http = new PortalHttp(port);
        http.signIn(username, "demo");
        return http;
    }
}
