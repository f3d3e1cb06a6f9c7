package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;

/**
 * The dashboard and the progress summary are two views of one worked-out status: for every year of the demo plans, as
 * at the year's own date and as at a date chosen within it, both pages give the same position date, the same counts of
 * actions by status and of indicators against the national average, and name the same indicators in each group.
 */
@IntegrationTest
class DashboardAndSummaryAgreeTest {

    /** The summary's tables of each group, and the words the dashboard gives the same group. */
    private static final Map<String, String> GROUPS = Map.of("exceeding", "Exceeds", "falling-short", "Falls short",
            "in-line", "In line", "not-judged", "Compared, not judged");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothPagesGiveTheSameCountsAndNamesForEveryDemoYear() throws Exception {
        List<Long> years = jdbc.queryForList("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " join partnership s on s.id = p.partnership_id where s.name = ? order by y.id", Long.class,
                DemoData.PARTNERSHIP);
        assertThat(years).hasSizeGreaterThanOrEqualTo(2);
        for (Long year : years) {
            for (String query : List.of("", "?on.day=30&on.month=9&on.year=2013")) {
                Page dashboard = page("/plan-years/" + year + "/dashboard" + query);
                Page summary = page("/plan-years/" + year + "/summary" + query);
                String which = "year " + year + query;

                assertThat(summary.textOf("position-as-at")).as(which).isEqualTo(dashboard.textOf("position-as-at"));
                assertThat(actionCounts(summary)).as(which).isEqualTo(actionCounts(dashboard));
                for (Map.Entry<String, String> group : GROUPS.entrySet()) {
                    List<String> named = summary.texts("#" + group.getKey() + " th[scope=row]");
                    List<String> shown = dashboard.select("#indicators tbody tr").stream()
                            .filter(row -> row.select("[id^=national-]").text().startsWith(group.getValue() + " ")
                                    || row.select("[id^=national-]").text().startsWith(group.getValue() + ":"))
                            .map(row -> row.selectFirst("th").text())
                            .toList();
                    assertThat(named).as(which + " " + group.getKey()).containsExactlyInAnyOrderElementsOf(shown);
                    if (!shown.isEmpty()) {
                        assertThat(dashboard.texts("#overall-national li")).as(which)
                                .contains(group.getValue() + ": " + shown.size());
                    }
                }
            }
        }
    }

    /** Actions by status: the summary's table, or the dashboard's list, as status to count (none counted zero). */
    private static Map<String, Integer> actionCounts(Page page) {
        Map<String, Integer> counts = new TreeMap<>();
        if (page.hasId("actions-by-status")) {
            for (Element row : page.select("#actions-by-status tbody tr")) {
                int count = Integer.parseInt(row.selectFirst("td").text());
                if (count > 0) {
                    counts.put(row.selectFirst("th").text(), count);
                }
            }
        } else if (page.hasId("overall-actions")) {
            for (String item : page.texts("#overall-actions li")) {
                int colon = item.lastIndexOf(": ");
                if (colon > 0) {
                    counts.put(item.substring(0, colon), Integer.parseInt(item.substring(colon + 2)));
                }
            }
        }
        return counts;
    }

    private Page page(String path) throws Exception {
        return Page.of(mvc.perform(get(path).with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn());
    }
}
