package uk.partnershipplans.portal.reporting.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * In a real Chromium, with axe-core on every page: an admin opens a round for the 2013-14 year, gives an action and an
 * indicator to the demo officer and sees them on the tracker; the officer then finds them on their home page.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it opens a round other tests would see
class RoundsJourneyBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @Test
    void anAdminOpensARoundAndTheOfficerFindsTheirUpdates(Browser browser) {
        jdbc.update("delete from reporting_round");
        browser.signIn("admin", "demo");
        browser.visit("/admin");
        click(browser, "Reporting rounds");
        assertThat(browser.heading()).isEqualTo("Reporting rounds");
        click(browser, "Open a round");

        // Nothing typed: the errors are listed and the page still passes axe.
        submit(browser);
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.texts(".govuk-error-summary__list li")).contains("Choose the plan year",
                "Enter the name of the round");

        new Select(browser.driver().findElement(By.id("planYearId")))
                .selectByVisibleText("Children, Young People and Families Plan 2011-14: 2013-14");
        browser.type("name", "Six-monthly review, September 2013");
        browser.type("periodEnd", "30");
        browser.type("periodEnd-month", "9");
        browser.type("periodEnd-year", "2013");
        browser.type("deadline", "31");
        browser.type("deadline-month", "10");
        browser.type("deadline-year", "2013");
        submit(browser);

        // The deadline has passed: the admin is told every update would be late at once, and confirms.
        assertThat(browser.texts(".govuk-error-summary__list li")).containsExactly("The deadline, 31 October 2013, has"
                + " passed: every update will be late as soon as the round opens. Choose a later deadline, or tick the box"
                + " to open the round anyway");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value"))
                .isEqualTo("Six-monthly review, September 2013");
        browser.driver().findElement(By.id("pastDeadlineConfirmed")).click();
        submit(browser);

        assertThat(browser.heading()).isEqualTo("Items and who updates them");
        assertThat(browser.text("#default-rule")).contains("full name or job title");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#items tbody tr"));
        int action = 0;
        int indicator = indexOfFirst(rows, "Indicator");
        assertThat(rows.get(action).findElement(By.cssSelector("input[type=checkbox]")).isSelected())
                .as("every item is in a new round").isTrue();
        new Select(browser.driver().findElement(By.id("items" + action + ".assigneeId"))).selectByVisibleText("Demo Officer");
        new Select(browser.driver().findElement(By.id("items" + indicator + ".assigneeId"))).selectByVisibleText("Demo Officer");
        String actionLabel = rows.get(action).findElements(By.tagName("td")).get(1).getText().replaceFirst("^Action\\s*", "");
        String indicatorLabel = rows.get(indicator).findElements(By.tagName("td")).get(1).getText()
                .replaceFirst("^Indicator\\s*", "");
        browser.shot("round-items");
        submit(browser);

        assertThat(browser.heading()).isEqualTo("Six-monthly review, September 2013");
        browser.shot("round-tracker");
        new Select(browser.driver().findElement(By.id("state"))).selectByVisibleText("Not started");
        browser.press(browser.driver().findElement(By.cssSelector("form.portal-filter button")));
        List<String> officerRows = browser.texts("#updates tbody tr").stream().filter(r -> r.contains("Demo Officer")).toList();
        assertThat(officerRows).hasSize(2);
        assertThat(officerRows.get(0)).contains(actionLabel).contains("Not started");
        assertThat(officerRows.get(1)).contains(indicatorLabel).contains("Not started");

        browser.signOut();
        browser.signIn("officer", "demo");
        assertThat(browser.heading()).isEqualTo("Your updates");
        browser.shot("officer-home");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#my-updates tbody a"));
        assertThat(links).extracting(WebElement::getText).containsExactly(actionLabel, indicatorLabel);
        List<Long> ids = jdbc.queryForList("select u.id from progress_update u join account a on a.id = u.assignee_id "
                + "where a.username = 'officer' order by u.id", Long.class);
        assertThat(links).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("/updates/" + ids.get(0), "/updates/" + ids.get(1));
        assertThat(browser.texts("#my-updates tbody tr")).allSatisfy(row ->
                assertThat(row).contains("Six-monthly review, September 2013", "31 October 2013", "Not started", "Overdue"));
    }

    private static int indexOfFirst(List<WebElement> rows, String kind) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.cssSelector(".govuk-tag")).getText().equals(kind)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }

    private static void submit(Browser browser) {
        browser.press(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
    }

    private static void click(Browser browser, String linkText) {
        browser.press(browser.driver().findElement(By.linkText(linkText)));
    }
}
