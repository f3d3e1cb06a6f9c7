package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * In a real Chromium, with axe-core on every page: a board member reads the 2013-14 progress summary and the rules
 * behind it, and records that an action is completed; an admin changes the default tolerance and an indicator's own.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data and settings other tests read
class StatusPagesBrowserTest {

    private static final String SCREENSHOTS = System.getProperty("portal.screenshots", "");
    private static final String AUTISM_ACTION = "Continue work to implement the Autistic Spectrum Disorder Pathway";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoardMemberReadsTheSummaryAndTheRulesBehindIt(Browser browser) {
        fromTheYearAsABoardMember(browser, "Progress summary");
        shot(browser, "summary");

        assertThat(browser.heading()).isEqualTo("Progress summary: 2013-14");
        assertThat(browser.text("#position-as-at")).isEqualTo("Position at 31 March 2014, the last day of the year: the year has ended.");
        assertThat(browser.text("#indicators-headline")).isEqualTo("Of the 10 indicators where comparison information is "
                + "available, 7 exceed the national average and 3 fall short of it.");
        assertThat(browser.texts("#exceeding tbody th")).hasSize(7)
                .contains("Percentage of young people in academic years 12-14 not in education, employment or training");
        assertThat(browser.texts("#falling-short tbody th")).hasSize(3)
                .contains("Percentage of young people who have attained a full Level 3 qualification by 19");
        assertThat(browser.texts("#actions-by-status tbody th"))
                .containsExactly("Completed", "On track", "Slipping", "Overdue", "Not started", "Cancelled");
        assertThat(browser.texts("#others tbody td .govuk-tag")).contains("Overdue", "Not started");
        assertThat(browser.driver().findElements(By.cssSelector("#others .govuk-tag--red")))
                .allSatisfy(tag -> assertThat(tag.getText()).as("red is always said in words").isEqualTo("Overdue"));

        click(browser, "How statuses are worked out");
        shot(browser, "help");
        assertThat(browser.heading()).isEqualTo("How statuses are worked out");
        assertThat(browser.texts("#action-rules li strong"))
                .containsExactly("Cancelled", "Completed", "Overdue", "Slipping", "On track", "Not started");
        assertThat(browser.texts("#action-colours tbody tr")).containsExactly("Completed Green", "On track Green",
                "Slipping Amber", "Overdue Red", "Not started Not rated", "Cancelled Not rated");
        assertThat(browser.texts("#indicator-not-rated .govuk-tag"))
                .containsExactly("No data", "New indicator", "To be developed", "tbc", "Not rated", "No comparator");
        assertThat(browser.texts("#indicator-colours .govuk-tag")).containsExactly("Green", "Amber", "Red");
        assertThat(browser.texts("#roll-up-rules .govuk-tag")).containsExactly("Not rated", "Red", "Amber", "Green");
    }

    @Test
    void aBoardMemberReadsThePerformanceReportAndFindsItsPdf(Browser browser) {
        fromTheYearAsABoardMember(browser, "Performance report");
        shot(browser, "performance-report");
        String headline = browser.text("#report-actions-headline");

        assertThat(browser.driver().findElement(By.id("report-pdf")).getAttribute("href"))
                .endsWith("/plan-years/" + DemoData.year2013(jdbc) + "/report.pdf");
        assertThat(browser.driver().findElements(By.cssSelector("table[id^=report-indicators-] .govuk-tag--red")))
                .isNotEmpty().allSatisfy(tag -> assertThat(tag.getText()).as("red is always said in words").isEqualTo("Red"));
        assertThat(List.of(browser.heading(), headline, browser.text("#report-indicators-headline"))).satisfiesExactly(
                heading -> assertThat(heading).isEqualTo("Performance report: 2013-14"),
                actions -> assertThat(actions).matches("\\d+ of the 17 actions are completed or on schedule\\."),
                indicators -> assertThat(indicators).startsWith("Of the 10 indicators where comparison information is "
                        + "available, 7 exceed the national average and 3 fall short of it."));
        browser.visit("/plan-years/" + DemoData.year2013(jdbc) + "/summary");
        assertThat(browser.text("#actions-headline")).as("the same figures as the summary").isEqualTo(headline);
    }

    @Test
    void aBoardMemberRecordsThatAnActionIsCompletedAndTheSummaryCountsIt(Browser browser) {
        Long actionId = jdbc.queryForObject("select id from plan_action where text = ?", Long.class, AUTISM_ACTION);
        Long yearId = DemoData.year2013(jdbc);
        browser.signIn("board", "demo");
        browser.visit("/actions/" + actionId);
        click(browser, "Change this action 16");
        browser.driver().findElement(By.cssSelector("label[for=reportedStatus-4]")).click();
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getTitle().startsWith("Error:"));
        browser.assertAccessible();
        shot(browser, "action-error");
        assertThat(browser.texts(".govuk-error-summary__list a")).containsExactly("Enter the date the action was completed");

        // completed within the year, so the year's position at its end counts it
        browser.type("completedOn", "14");
        browser.type("completedOn-month", "3");
        browser.type("completedOn-year", "2014");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/actions/" + actionId));
        browser.assertAccessible();
        assertThat(browser.text("#latest-report")).isEqualTo("Completed on 14 March 2014");
        assertThat(browser.text("#standing")).startsWith("Status: Completed Position at 31 March 2014");

        browser.visit("/plan-years/" + yearId + "/summary");
        assertThat(browser.texts("#others tbody th")).doesNotContain(AUTISM_ACTION);
        browser.visit("/plan-years/" + yearId + "/summary?on.day=13&on.month=3&on.year=2014");
        assertThat(browser.texts("#others tbody th")).as("the day before it was completed").contains(AUTISM_ACTION);
        browser.visit("/plan-years/" + yearId + "/summary");
        assertThat(browser.text("#actions-by-status tbody tr:first-child")).startsWith("Completed").doesNotEndWith(" 0");
    }

    @Test
    void anAdminChangesTheDefaultToleranceAndAnIndicatorsOwn(Browser browser) {
        Long indicatorId = jdbc.queryForObject("select id from indicator where name = 'Under 18 conception rate'", Long.class);
        browser.signIn("admin", "demo");
        click(browser, "Status settings");
        assertThat(browser.heading()).isEqualTo("Status settings");
        browser.type("defaultTolerancePercent", "five");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getTitle().startsWith("Error:"));
        browser.assertAccessible();
        assertThat(browser.texts(".govuk-error-summary__list a")).containsExactly("Default tolerance must be a number, like 5 or 2.5");

        browser.type("defaultTolerancePercent", "4");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty());
        browser.assertAccessible();
        browser.visit("/help/status");
        assertThat(browser.text("#tolerance")).contains("which is now 4%");

        browser.visit("/admin/indicators/" + indicatorId + "/edit");
        browser.type("tolerancePercent", "10");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/admin/indicators/" + indicatorId));
        browser.assertAccessible();
        assertThat(browser.text("main dl")).contains("Tolerance 10%");
    }

    /** Signs in as a board member and follows the links from the plans to the 2013-14 year, then {@code linkText}. */
    private static void fromTheYearAsABoardMember(Browser browser, String linkText) {
        browser.signIn("board", "demo");
        click(browser, PLAN_2011);
        click(browser, "Year 2013-14");
        click(browser, linkText);
    }

    private static void click(Browser browser, String linkText) {
        browser.press(browser.driver().findElements(By.cssSelector("main a")).stream()
                .filter(link -> linkText.equals(link.getAttribute("textContent").strip().replaceAll("\\s+", " ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + linkText + "' on " + browser.path())));
    }

    /** The whole page, for a person to look at, when run with -Dportal.screenshots=<folder>. */
    private static void shot(Browser browser, String name) {
        if (!SCREENSHOTS.isEmpty()) {
            Object height = browser.driver().executeScript("return document.body.scrollHeight");
            browser.driver().manage().window().setSize(new Dimension(1280, ((Number) height).intValue() + 100));
            browser.screenshot(Path.of(SCREENSHOTS, name + ".png"));
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}
