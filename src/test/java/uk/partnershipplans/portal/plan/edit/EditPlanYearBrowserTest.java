package uk.partnershipplans.portal.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * A board member corrects the 2013-14 year in a real Chromium, by keyboard: priority 3.1's narrative (a paragraph
 * reworded, a bullet added) and the target date of an action, each time sending a mistake first and correcting it from
 * the error summary. Every page is checked with axe-core. The pages saved to belong to another part of the portal, so
 * what was saved is read back from the database and the edit form.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class EditPlanYearBrowserTest {

    private static final String EARLY_HELP_ACTION = "Publish the Nottinghamshire Early Help Strategy in autumn 2013";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoardMemberCorrectsPriority31sNarrativeByKeyboard(Browser browser) {
        Long priorityId = jdbc.queryForObject("select p.id from priority p join plan_year y on y.id = p.plan_year_id "
                + "where y.label = '2013-14' and p.number = '3.1'", Long.class);
        browser.signIn("board", "demo");
        browser.visit("/priorities/" + priorityId);
        browser.driver().findElement(By.partialLinkText("Change this priority")).sendKeys(Keys.ENTER);
        browser.assertAccessible();
        assertThat(browser.heading()).isEqualTo("Edit priority 3.1");
        assertThat(field(browser, "sections3.heading").getAttribute("value")).isEqualTo("When we will do this");

        WebElement when = field(browser, "sections3.body");
        when.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT),
                Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT), "In 2013-14 we");
        when.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "- review how well the early help unit works by March 2014");

        WebElement addLink = browser.driver().findElement(By.cssSelector("button[name=addLink]"));
        addLink.sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> !driver.findElements(By.id("links2.title")).isEmpty());
        browser.assertAccessible();
        field(browser, "links2.title").sendKeys("Nottinghamshire Early Help Strategy");
        field(browser, "links2.url").sendKeys("nottinghamshire.gov.uk/earlyhelp", Keys.ENTER);

        WebElement firstError = browser.firstErrorLink();
        assertThat(browser.title()).isEqualTo("Error: Edit priority 3.1 - Partnership Plans");
        assertThat(browser.texts(".govuk-error-summary__list a"))
                .containsExactly("Enter the web address of link 3 in full, starting with https:// or http://");
        assertThat(field(browser, "sections3.body").getAttribute("value"))
                .as("what was typed is kept").startsWith("In 2013-14 we will:")
                .endsWith("October 2013.\n- review how well the early help unit works by March 2014");
        assertThat(field(browser, "links2.url").getAttribute("value")).isEqualTo("nottinghamshire.gov.uk/earlyhelp");

        firstError.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("links2.url");
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://www.nottinghamshire.gov.uk/earlyhelp", Keys.ENTER);

        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/priorities/" + priorityId));
        browser.assertAccessible();
        assertThat(browser.text("main")).as("the page the board member reviews shows the correction")
                .contains("review how well the early help unit works by March 2014");
        String saved = jdbc.queryForObject("select body from priority_section where priority_id = ? and heading = ?",
                String.class, priorityId, "When we will do this");
        assertThat(saved).startsWith("In 2013-14 we will:\n\n- publish the Nottinghamshire Early Help Strategy in autumn 2013\n")
                .endsWith("to begin reporting in October 2013.\n- review how well the early help unit works by March 2014");
        assertThat(jdbc.queryForObject("select url from priority_link where priority_id = ? and title = ?", String.class,
                priorityId, "Nottinghamshire Early Help Strategy")).isEqualTo("https://www.nottinghamshire.gov.uk/earlyhelp");

        browser.visit("/priorities/" + priorityId + "/edit");
        assertThat(field(browser, "sections3.body").getAttribute("value")).isEqualTo(saved);
    }

    @Test
    void aBoardMemberCorrectsAnActionsTargetDateAfterAnImpossibleOne(Browser browser) {
        Long actionId = jdbc.queryForObject("select id from plan_action where text = ?", Long.class, EARLY_HELP_ACTION);
        browser.signIn("board", "demo");
        browser.visit("/actions/" + actionId);
        browser.driver().findElement(By.partialLinkText("Change this action")).sendKeys(Keys.ENTER);
        browser.assertAccessible();
        assertThat(browser.heading()).isEqualTo("Edit action 1");
        assertThat(field(browser, "targetWording").getAttribute("value")).isEqualTo("autumn 2013");
        assertThat(tickShown(browser, "priorityIds")).as("3.1 is ticked where people can see it").isTrue();
        assertThat(tickShown(browser, "priorityIds-3")).as("3.3 is not").isFalse();

        WebElement wording = field(browser, "targetWording");
        wording.sendKeys(Keys.chord(Keys.CONTROL, "a"), "by February 2014", Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("targetDate");
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "31", Keys.TAB);
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "2014", Keys.ENTER);

        WebElement firstError = browser.firstErrorLink();
        assertThat(browser.texts(".govuk-error-summary__list a"))
                .containsExactly("Target date must be a real date, for example 30 11 2013");
        assertThat(browser.text("#targetDate-error").replaceAll("\\s+", " "))
                .isEqualTo("Error: Target date must be a real date, for example 30 11 2013");
        assertThat(field(browser, "targetDate").getAttribute("value")).isEqualTo("31");
        assertThat(field(browser, "targetDate-month").getAttribute("value")).isEqualTo("2");
        assertThat(field(browser, "targetDate-year").getAttribute("value")).isEqualTo("2014");
        assertThat(field(browser, "targetWording").getAttribute("value")).isEqualTo("by February 2014");
        assertThat(jdbc.queryForObject("select target_date from plan_action where id = ?", Date.class, actionId))
                .isEqualTo(Date.valueOf(LocalDate.of(2013, 11, 30)));

        firstError.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("targetDate");
        browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), "28", Keys.ENTER);

        browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/actions/" + actionId));
        browser.assertAccessible();
        assertThat(browser.text("main")).contains("by February 2014");
        assertThat(browser.text(".govuk-notification-banner--success")).contains("Your change has been saved.");
        assertThat(jdbc.queryForMap("select target_wording, target_date from plan_action where id = ?", actionId))
                .containsEntry("target_wording", "by February 2014")
                .containsEntry("target_date", Date.valueOf(LocalDate.of(2014, 2, 28)));

        browser.visit("/actions/" + actionId + "/edit");
        assertThat(field(browser, "targetDate").getAttribute("value")).isEqualTo("28");
        assertThat(field(browser, "targetDate-month").getAttribute("value")).isEqualTo("2");
    }

    @Test
    void everyOtherEditPagePassesTheAccessibilityCheck(Browser browser) {
        Long yearId = DemoData.year2013(jdbc);
        Long priorityId = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.3'", Long.class, yearId);
        Long actionId = jdbc.queryForObject("select id from plan_action where text = ?", Long.class, EARLY_HELP_ACTION);
        Long freeActionId = jdbc.queryForObject("select id from plan_action where text = 'Support the embedding of the MASH'", Long.class);
        Long milestoneId = jdbc.queryForObject("select min(id) from milestone where priority_id = ?", Long.class, priorityId);
        Long indicatorId = jdbc.queryForObject("select id from indicator where name = 'Under 18 conception rate'", Long.class);
        Long valueId = jdbc.queryForObject("select id from indicator_value where indicator_id = ?", Long.class, indicatorId);
        Long frameworkActionId = jdbc.queryForObject("select min(a.id) from plan_action a join action_ambition aa on aa.action_id = a.id",
                Long.class);
        browser.signIn("admin", "demo");

        browser.visit("/plan-years/" + yearId + "/actions/new");
        assertThat(browser.heading()).isEqualTo("Add an action to 2013-14");
        browser.visit("/actions/" + frameworkActionId + "/edit");
        assertThat(browser.texts("legend")).contains("Framework ambitions it supports (optional)");
        browser.visit("/actions/" + actionId + "/delete");
        assertThat(browser.heading()).isEqualTo("You cannot delete action 1: " + EARLY_HELP_ACTION);
        assertThat(browser.texts("#blockers a")).isNotEmpty();
        browser.visit("/actions/" + freeActionId + "/delete");
        assertThat(browser.heading()).isEqualTo("Are you sure you want to delete action 10: Support the embedding of the MASH?");
        browser.visit("/priorities/" + priorityId + "/milestones/new");
        browser.visit("/milestones/" + milestoneId + "/edit");
        browser.visit("/milestones/" + milestoneId + "/delete");
        browser.visit("/plan-years/" + yearId + "/indicators/" + indicatorId + "/edit");
        browser.visit("/indicators/" + indicatorId + "/values/" + valueId + "/target");
        browser.visit("/indicators/" + indicatorId + "/targets/new");

        browser.visit("/priorities/" + priorityId + "/edit");
        browser.driver().findElement(By.cssSelector("button[name=removeSection][value='1']")).sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> !driver.findElements(By.id("confirm-remove")).isEmpty());
        browser.assertAccessible();
        browser.driver().findElement(By.cssSelector("button[name=confirmRemoveSection]")).sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> !driver.findElements(By.id("narrative-end")).isEmpty());
        browser.assertAccessible();
        assertThat(browser.driver().findElements(By.cssSelector("[id^=section-]"))).hasSize(4);
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndShowsTheSavedVersionBesideItWithWhoSavedItAndWhen(Browser browser) {
        Long milestoneId = jdbc.queryForObject("select max(m.id) from milestone m join priority p on p.id = m.priority_id "
                + "join plan_year y on y.id = p.plan_year_id where y.label = '2013-14' and p.number = '3.4'", Long.class);
        browser.signIn("board", "demo");
        browser.visit("/milestones/" + milestoneId + "/edit");
        jdbc.update("update milestone set due_wording = 'by spring 2014', version = version + 1, saved_by = 'chair', "
                + "saved_at = current_timestamp where id = ?", milestoneId);

        field(browser, "dueWording").sendKeys(Keys.chord(Keys.CONTROL, "a"), "by winter 2013", Keys.ENTER);

        WebElement link = browser.firstErrorLink();
        assertThat(link.getText()).isEqualTo("Someone else saved this while you were editing it, so nothing has been saved. "
                + "What you typed is still in the form. See the version they saved.");
        assertThat(field(browser, "dueWording").getAttribute("value")).as("what was typed is kept").isEqualTo("by winter 2013");
        assertThat(browser.text("#dueWording-saved")).isEqualTo("Saved by someone else: by spring 2014");
        assertThat(browser.text("#saved-by")).startsWith("chair saved it on ");
        browser.shot("stale-milestone");

        field(browser, "dueWording").sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/milestones/"));
        assertThat(jdbc.queryForObject("select due_wording from milestone where id = ?", String.class, milestoneId))
                .as("saving again replaces their version deliberately").isEqualTo("by winter 2013");
    }

    private static WebElement field(Browser browser, String id) {
        return browser.driver().findElement(By.id(id));
    }

    /** GOV.UK Frontend draws a checkbox's tick as its label's ::after, shown only when the checkbox just before it is checked. */
    private static boolean tickShown(Browser browser, String checkboxId) {
        return "1".equals(browser.driver().executeScript("return getComputedStyle(document.querySelector("
                + "'label[for=\"' + arguments[0] + '\"]'), '::after').opacity", checkboxId));
    }
}
