package uk.partnershipplans.portal.refresh.next;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * The journey, in a real Chromium with axe-core on every page: an admin starts 2014-15 from the demo plan's
 * 2013-14, rewording one priority, dropping one and adding one, checks what will happen, confirms, and reads the change
 * log; a board member compares the two years side by side and approves 2014-15; an admin publishes it; the sign-off
 * history says who approved it, which body and when; and a visitor who has not signed in reads it at its public
 * address, from the sign-in page, with nothing of the unpublished draft on it. The year started is removed afterwards,
 * so that the demo plan is as other tests on this database expect.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds a year to the demo plan
class NextYearJourneyBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheYearStarted() {
        List<Long> years = jdbc.queryForList("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-15'", Long.class, DemoData.PLAN_2011);
        for (Long year : years) {
            jdbc.update("delete from plan_refresh where to_year_id = ?", year);
            jdbc.update("delete from indicator_priority where priority_id in (select id from priority where plan_year_id = ?)", year);
            jdbc.update("delete from milestone where priority_id in (select id from priority where plan_year_id = ?)", year);
            jdbc.update("delete from plan_action where plan_year_id = ?", year);
            jdbc.update("delete from priority where plan_year_id = ?", year);
            jdbc.update("delete from plan_year_indicator where plan_year_id = ?", year);
            jdbc.update("delete from plan_year where id = ?", year); // its sign-offs and public pages go with it
        }
    }

    @Test
    void anAdminStartsTheNextYearTheBoardComparesAndApprovesItAnAdminPublishesItAndThePublicReadsIt(Browser browser) {
        long year = DemoData.year2013(jdbc);
        List<String> priorities = jdbc.queryForList("select number || ' ' || title from priority where plan_year_id = ?"
                + " order by position", String.class, year);
        browser.signIn("admin", "demo");
        browser.visit("/plan-years/" + year);
        browser.click("Start the next plan year");
        assertThat(browser.heading()).isEqualTo("Start the year after 2013-14");

        // Reword the second priority (its number stays), drop the sixth, add one
        browser.driver().findElement(By.cssSelector("label[for='priorities1.choice-reword']")).click();
        browser.type("priorities1.title", "Reduce the achievement gaps at every key stage");
        browser.driver().findElement(By.cssSelector("label[for='priorities5.choice-drop']")).click();
        browser.type("added0.number", "3.8");
        browser.type("added0.title", "Improve the health of young people leaving care");
        browser.save();

        assertThat(browser.heading()).isEqualTo("Check what will happen");
        assertThat(browser.text("#new-year-label")).isEqualTo("2014-15");
        assertThat(browser.text("#new-year-dates")).isEqualTo("1 April 2014 to 31 March 2015");
        assertThat(browser.text("#past-plan-end")).contains("2014-15 ends after the plan's last year (2014)");
        assertThat(browser.texts("#priorities-reworded tbody td")).containsExactly(priorities.get(1),
                priorities.get(1).split(" ")[0] + " Reduce the achievement gaps at every key stage");
        assertThat(browser.texts("#priorities-dropped li")).containsExactly(priorities.get(5));
        assertThat(browser.texts("#priorities-added li")).containsExactly("3.8 Improve the health of young people leaving care");
        assertThat(browser.texts("#priorities-kept li")).hasSize(priorities.size() - 2);
        assertThat(browser.texts("#prefilled h3")).hasSize(priorities.size() - 1)
                .allMatch(heading -> heading.endsWith(": What we did in 2013-14"));

        // Change: the answers are still there; then on to confirm
        browser.press(browser.driver().findElement(By.id("change")));
        assertThat(browser.driver().findElement(By.id("priorities1.title")).getAttribute("value"))
                .isEqualTo("Reduce the achievement gaps at every key stage");
        assertThat(browser.driver().findElement(By.id("priorities5.choice-drop")).isSelected()).isTrue();
        browser.save();
        browser.press(browser.driver().findElement(By.id("confirm")));

        assertThat(browser.heading()).isEqualTo("Plan year 2014-15");
        assertThat(browser.text(".govuk-notification-banner__heading")).isEqualTo("2014-15 has been started from 2013-14. It is a draft.");
        assertThat(browser.texts("main table tbody th")).contains("Reduce the achievement gaps at every key stage",
                "Improve the health of young people leaving care");

        browser.click("What changed");
        assertThat(browser.heading()).isEqualTo("What changed: 2014-15");
        assertThat(browser.text("#refresh-from")).isEqualTo("2013-14");
        assertThat(browser.text("#refresh-by")).isEqualTo("admin");
        assertThat(browser.texts("#change-groups a")).first().isEqualTo("Priorities (" + (priorities.size() + 1) + ")");
        assertThat(browser.text("#changes-priority-table")).contains("Reworded", "Dropped", "Added",
                "Improve the health of young people leaving care");
        browser.click("2013-14");
        assertThat(browser.heading()).isEqualTo("Plan year 2013-14");
        long next = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-15'", Long.class, DemoData.PLAN_2011);
        browser.signOut();

        // The board compares the two years side by side, then approves 2014-15
        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + next);
        browser.click("Compare with another year");
        browser.driver().findElement(By.xpath("//label[contains(., '2013-14')]")).click();
        browser.press(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text("#priorities-counts")).isEqualTo("Unchanged: " + (priorities.size() - 2)
                + ". Reworded: 1. Added: 1. Dropped: 1.");
        assertThat(browser.text("main")).contains("Reduce the achievement gaps at every key stage",
                "Improve the health of young people leaving care", priorities.get(5));
        browser.click("2014-15 of " + DemoData.PLAN_2011);
        browser.click("Sign-off and publication");
        assertThat(browser.text("#year-stage")).startsWith("Draft");
        assertThat(browser.texts("#next-steps a")).doesNotContain("Publish the year");
        browser.click("Approve the year");
        signOff(browser, "A board", "Nottinghamshire Children's Trust Board", "Approved the 2014-15 refresh of the plan.");
        assertThat(browser.text(".govuk-notification-banner__heading")).isEqualTo("Plan year 2014-15 is approved.");
        browser.signOut();

        // An admin publishes it
        browser.signIn("admin", "demo");
        browser.visit("/plan-years/" + next + "/sign-off");
        browser.click("Publish the year");
        signOff(browser, "An officer under delegated powers", "Group Manager, Planning, Performance and Quality Assurance",
                "Publish the refresh approved by the Board.");
        assertThat(browser.text("#year-stage")).startsWith("Published");
        List<String> history = browser.texts("#sign-offs tbody tr");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).contains("Approved: from Draft to Approved", "Nottinghamshire Children's Trust Board (board)",
                "Approved the 2014-15 refresh of the plan.", "By board on");
        assertThat(history.get(1)).contains("Published: from Approved to Published", "By admin on");
        browser.visit("/plan-years/" + next);
        assertThat(browser.text("#year-status")).contains("Published", "Approved by Nottinghamshire Children's Trust Board");
        assertThat(browser.text("#read-only")).contains("is published");
        browser.signOut();

        // Anyone reads it, from the sign-in page, without signing in
        browser.visit("/login");
        browser.click("Read published plans without signing in");
        browser.driver().findElement(By.xpath("//a[contains(., '2014-15')]")).click();
        browser.waitUntil(driver -> browser.path().equals("/public/plan-years/" + next));
        browser.assertAccessible();
        String page = browser.text("main");
        assertThat(page).contains("Reduce the achievement gaps at every key stage",
                "Improve the health of young people leaving care").doesNotContain(priorities.get(5), "By board on", "By admin on");
        browser.click("3.8 Improve the health of young people leaving care");
        assertThat(browser.heading()).contains("Improve the health of young people leaving care");
    }

    /** Fills in the sign-off form open in the browser with today's date and sends it. */
    private static void signOff(Browser browser, String bodyKind, String bodyName, String decision) {
        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + bodyKind + "')]")).click();
        browser.type("bodyName", bodyName);
        java.time.LocalDate today = java.time.LocalDate.now();
        browser.type("decidedOn", String.valueOf(today.getDayOfMonth()));
        browser.type("decidedOn-month", String.valueOf(today.getMonthValue()));
        browser.type("decidedOn-year", String.valueOf(today.getYear()));
        browser.type("decision", decision);
        browser.save();
    }
}
