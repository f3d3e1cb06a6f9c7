package uk.partnershipplans.portal.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.refresh.plan.NewPlansMade;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * In a real Chromium, with axe-core on every page: an admin starts a 2014-16 plan from the demo 2011-14 plan (a title
 * already taken refused, what will be copied checked, Change and back, then Confirm), and a board member compares the
 * demo's 2013-14 year with 2012-13 and with 2014-16, side by side.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds a plan other tests would see
class NewPlanAndCompareJourneyBrowserTest {

    private static final String NEW_TITLE = "Children, Young People and Families Plan 2014-16 (from 2011-14)";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheNewPlan() {
        NewPlansMade.removeAll(jdbc);
    }

    @Test
    void anAdminStartsTheNextPlanFromThePreviousOne(Browser browser) {
        long plan = jdbc.queryForObject("select id from plan where title = ?", Long.class, DemoData.PLAN_2011);
        browser.signIn("admin", "demo");
        browser.visit("/plans/" + plan);
        browser.click("Start a new plan from this one");
        assertThat(browser.heading()).isEqualTo("Start a new plan from this one");
        assertThat(value(browser, "title")).isEqualTo("Children, Young People and Families Plan 2014-17");
        assertThat(value(browser, "yearLabel")).isEqualTo("2014-15");

        browser.type("title", DemoData.PLAN_2014);
        browser.type("endYear", "2016");
        browser.save();
        assertThat(browser.firstErrorLink().getText()).isEqualTo("This partnership already has a plan called "
                + DemoData.PLAN_2014 + ". Use a different title");
        assertThat(value(browser, "endYear")).isEqualTo("2016");

        browser.type("title", NEW_TITLE);
        browser.save();
        assertThat(browser.heading()).isEqualTo("Check what will be copied");
        assertThat(browser.text("#new-plan")).contains(NEW_TITLE).contains("2014 to 2016");
        assertThat(browser.text("#indicators caption")).startsWith("Indicators reported in 2013-14 (22)");
        browser.shot("new-plan-summary");

        browser.press(browser.driver().findElement(By.id("change")));
        assertThat(browser.heading()).isEqualTo("Start a new plan from this one");
        assertThat(value(browser, "title")).isEqualTo(NEW_TITLE);
        browser.save();
        browser.press(browser.driver().findElement(By.id("confirm")));

        assertThat(browser.heading()).isEqualTo(NEW_TITLE);
        assertThat(browser.text(".govuk-notification-banner")).contains(NEW_TITLE + " has been started from "
                + DemoData.PLAN_2011 + " as a draft.");
        browser.click("Year 2014-15");
        assertThat(browser.heading()).contains("2014-15");
    }

    @Test
    void aBoardMemberComparesTheDemoYearsSideBySide(Browser browser) {
        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + DemoData.year2013(jdbc));
        browser.click("Compare with another year");
        assertThat(browser.heading()).isEqualTo("Compare 2013-14 with another year");
        browser.press(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.firstErrorLink().getText()).isEqualTo("Choose the year to compare 2013-14 with");

        choose(browser, "2012-13 (" + DemoData.PLAN_2011 + ")");
        assertThat(browser.heading()).isEqualTo("2012-13 and 2013-14 side by side");
        assertThat(browser.text("#priorities-counts")).startsWith("Unchanged:");
        assertThat(browser.texts("#indicators tbody tr")).isNotEmpty();
        browser.shot("compare-2012-2013");

        browser.click("Compare 2013-14 with another year");
        choose(browser, "2014-16 (" + DemoData.PLAN_2014 + ")");
        assertThat(browser.heading()).isEqualTo("2013-14 and 2014-16 side by side");
        assertThat(browser.texts("#priorities tbody tr")).isNotEmpty();
        browser.shot("compare-2013-2014");
    }

    private static void choose(Browser browser, String label) {
        browser.driver().findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
        browser.press(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }
}
