package uk.partnershipplans.portal.reporting.update;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * In a real Chromium, by keyboard only, with axe-core on every page: the {@code officer} demo account completes its
 * action and indicator updates in a 2013-14 round, correcting what the form refuses; an admin returns one with a
 * comment and approves the other; the officer fixes the returned one; once it is approved, board members see the
 * approved status and figure on the plan's pages.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // approving changes the demo plan
class UpdatesJourneyBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    UpdateFixture fixture;

    @Autowired
    void fixture(ApplicationContext context) {
        fixture = new UpdateFixture(context);
    }

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @Test
    void anOfficerReportsALeadDecidesAndTheBoardSeesTheApprovedResult(Browser browser) {
        UpdateFixture.Round round = fixture.freshRound();
        String actionUpdate = "/updates/" + round.actionUpdateId();
        String indicatorUpdate = "/updates/" + round.indicatorUpdateId();

        browser.signIn("officer", "demo");
        browser.visit(actionUpdate);
        assertThat(browser.heading()).isEqualTo("1 Publish the Nottinghamshire Early Help Strategy in autumn 2013");
        browser.shot("action-update");
        field(browser, "reportedStatus-4").sendKeys(Keys.SPACE); // Completed
        field(browser, "completedOn").sendKeys("31", Keys.TAB, "2", Keys.TAB, "2014");
        field(browser, "commentary").sendKeys("The strategy was published after the board approved it.");
        button(browser, "submit").sendKeys(Keys.ENTER);

        WebElement firstError = browser.firstErrorLink();
        assertThat(firstError.getText()).isEqualTo("Date completed must be a real date, for example 30 9 2013");
        assertThat(field(browser, "commentary").getAttribute("value"))
                .isEqualTo("The strategy was published after the board approved it.");
        assertThat(field(browser, "reportedStatus-4").isSelected()).isTrue();
        firstError.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("completedOn");
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "28");
        button(browser, "submit").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/"));
        browser.assertAccessible();
        assertThat(browser.text(".govuk-notification-banner")).contains("Your update has been submitted for approval.");

        browser.visit(indicatorUpdate);
        assertThat(browser.text("#update-period")).isEqualTo("2013/14 annual (to 31 March 2014)");
        field(browser, "figure").sendKeys("120");
        field(browser, "commentary").sendKeys("From the NHS return.");
        button(browser, "submit").sendKeys(Keys.ENTER);
        firstError = browser.firstErrorLink();
        assertThat(firstError.getText()).isEqualTo("Figure for the period must be between 0 and 100, as it is a percentage");
        assertThat(field(browser, "commentary").getAttribute("value")).isEqualTo("From the NHS return.");
        firstError.sendKeys(Keys.ENTER);
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "45.5");
        button(browser, "submit").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/"));
        browser.assertAccessible();
        browser.visit(actionUpdate + "/history");
        // newest first: the officer's submission, then the update as the round created it
        assertThat(browser.texts("main h2")).hasSize(2).first().asString().startsWith("Saved by officer");
        browser.signOut();

        browser.signIn("admin", "demo");
        browser.visit("/reviews");
        browser.shot("reviews");
        assertThat(browser.texts("#waiting tbody a")).containsExactly(
                "1 Publish the Nottinghamshire Early Help Strategy in autumn 2013",
                "Breast-feeding prevalence rates at 6-8weeks (Notts NHS)");
        link(browser, "1 Publish the Nottinghamshire Early Help Strategy").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith(actionUpdate));
        browser.assertAccessible();
        field(browser, "returnComment").sendKeys("Please add the date each milestone was done.");
        field(browser, "return").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/reviews"));
        browser.assertAccessible();
        link(browser, "Breast-feeding prevalence rates at 6-8weeks (Notts NHS)").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith(indicatorUpdate));
        browser.assertAccessible();
        field(browser, "approve").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/reviews"));
        browser.assertAccessible();
        assertThat(browser.text("#none-waiting")).isEqualTo("No update is waiting for your decision.");
        browser.signOut();

        browser.signIn("officer", "demo");
        browser.visit(actionUpdate);
        assertThat(browser.text("#return-comment")).contains("Please add the date each milestone was done.");
        field(browser, "milestones0.done").sendKeys(Keys.SPACE);
        field(browser, "milestones0.doneOn").sendKeys("15", Keys.TAB, "11", Keys.TAB, "2013");
        button(browser, "submit").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("admin", "demo");
        browser.visit(actionUpdate);
        field(browser, "approve").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/reviews"));
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + fixture.year2013());
        assertThat(browser.text("#approved-only")).contains("only once their update is approved");
        browser.visit("/actions/" + round.actionId());
        assertThat(browser.text("main")).contains("Completed");
        browser.visit("/indicators/" + round.indicatorId());
        assertThat(browser.text("main")).contains("2013/14 annual").contains("45.5");

        browser.visit("/plan-years/" + fixture.year2013() + "/dashboard").assertAccessible();
        browser.shot("dashboard-after-approval");
        assertThat(browser.texts("#actions tbody tr"))
                .anyMatch(row -> row.contains("Publish the Nottinghamshire Early Help Strategy") && row.contains("Completed"));
        assertThat(browser.texts("#indicators tbody tr")).anyMatch(row -> row.contains("45.5") && row.contains("2013/14 annual"));
    }

    private static WebElement field(Browser browser, String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static WebElement button(Browser browser, String action) {
        return browser.driver().findElement(By.cssSelector("button[name=action][value=" + action + "]"));
    }

    private static WebElement link(Browser browser, String text) {
        return browser.driver().findElement(By.partialLinkText(text));
    }
}
