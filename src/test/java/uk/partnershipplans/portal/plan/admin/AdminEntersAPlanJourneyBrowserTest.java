package uk.partnershipplans.portal.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;

/**
 * Done when: an admin enters a different partnership's plan, with a different shape from the example plans, through
 * the forms alone. The partnership is fictional and says so; its text is illustrative and it has no real statistics.
 * Every page on the way is checked with axe-core.
 */
@BrowserTest
class AdminEntersAPlanJourneyBrowserTest {

    private static final String PARTNERSHIP = "Example Borough Community Safety Partnership";
    private static final String PLAN = "Example Borough Community Safety Plan 2015-18 (illustrative)";

    private Browser browser;

    @Autowired
    JdbcTemplate jdbc;

    /** The form for priorities under one heading, filled in with the keyboard's tab order and refused without a heading. */
    @Test
    void anAdminOpensTheHeadingOfSeveralPrioritiesAndIsToldWhatIsMissing(Browser browser) {
        long year = DemoData.year2013(jdbc);
        browser.signIn("admin", "demo");
        browser.visit("/admin/plan-years/" + year);
        browser.click("Change heading 1");
        assertThat(browser.heading()).isEqualTo("Change the heading of several priorities");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=priorityIds]:checked"))).hasSize(4);
        browser.driver().findElement(By.id("actionsHeading")).clear();
        browser.save();
        assertThat(browser.texts(".govuk-error-summary__list a")).containsExactly("Enter the heading as the summary of actions words it");
        assertThat(browser.driver().findElements(By.cssSelector("input[name=priorityIds]:checked"))).as("the ticks are kept").hasSize(4);
    }

    @Test
    void adminEntersAnotherPartnershipsPlanThroughTheFormsAlone(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        assertThat(browser.texts("#admin-areas a")).containsExactly("Partnerships", "Partner organisations",
                "Kinds of partner", "Accounts", "Plans", "External frameworks", "Protected characteristics and groups",
                "Indicator definitions", "Reporting rounds", "Updates to approve", "Status settings");

        // The partnership
        browser.click("Partnerships");
        browser.click("Add a partnership");
        browser.type("name", PARTNERSHIP);
        browser.type("description", "A fictional partnership, made up to show how a plan is entered. It is not a real body.");
        browser.type("leadPartner", "Example Borough Council (fictional)");
        browser.type("reportsTo", "Example Borough Health and Wellbeing Board (fictional)");
        browser.type("worksWith", "Example Borough Safeguarding Board (fictional)");
        browser.type("url", "https://www.example.org.uk");
        browser.save();
        assertThat(browser.heading()).isEqualTo(PARTNERSHIP);

        // A plan, sent first with its end year before its start year
        browser.click("Plans");
        browser.click("Add a plan");
        assertThat(new Select(field("partnershipId")).getFirstSelectedOption().getText()).isEqualTo(PARTNERSHIP);
        browser.type("title", PLAN);
        browser.type("startYear", "2018");
        browser.type("endYear", "2015");
        browser.type("vision", "Illustrative vision: residents feel safe and are safe.");
        field("status-3").click();
        browser.save();
        browser.shot("plan-form-error");
        assertThat(browser.title()).startsWith("Error: Add a plan");
        assertThat(browser.text(".govuk-error-summary")).contains("End year must be the same as or after the start year (2018)");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#endYear");
        assertThat(field("endYear").getAttribute("aria-describedby")).contains("endYear-error");
        assertThat(field("title").getAttribute("value")).isEqualTo(PLAN);
        assertThat(field("startYear").getAttribute("value")).isEqualTo("2018");
        assertThat(field("endYear").getAttribute("value")).isEqualTo("2015");
        assertThat(field("status-3").isSelected()).isTrue();
        browser.type("startYear", "2015");
        browser.type("endYear", "2018");
        browser.save();
        assertThat(browser.heading()).isEqualTo(PLAN);
        browser.shot("plan-empty");

        // Two strategic objectives with numbered operational objectives
        strategicObjective("1", "Illustrative objective: safer streets");
        operationalObjective("1", "1.1", "Illustrative: reduce repeat anti-social behaviour");
        operationalObjective("1", "1.2", "Illustrative: support people who report it");
        strategicObjective("2", "Illustrative objective: stronger communities");
        operationalObjective("2", "2.1", "Illustrative: more residents volunteering");

        // Two cross-cutting principles
        principle("1", "Illustrative principle: prevention first");
        principle("2", "Illustrative principle: listen to residents");
        browser.shot("plan");

        // What the plan says, the work it supports and a document it refers to
        browser.click("Add a section");
        browser.type("number", "1");
        browser.type("title", "Illustrative: about the partnership");
        browser.type("description", "We work together:\n- across the county\n  - in every district");
        browser.save();
        assertThat(browser.heading()).isEqualTo(PLAN);
        browser.click("Add a partner the plan names");
        new Select(field("organisationId")).selectByVisibleText("Nottinghamshire County Council");
        browser.driver().findElement(By.id("category")).click();
        browser.type("qualifier", "including children and families services and public health");
        browser.save();
        assertThat(browser.text("#partners-table")).contains("Nottinghamshire County Council",
                "including children and families services and public health");
        browser.click("Add work the plan supports");
        browser.type("title", "Illustrative: the youth justice plan");
        browser.type("lead", "Illustrative youth offending team");
        browser.save();
        browser.click("Add a document");
        browser.type("title", "Illustrative: needs assessment");
        browser.type("url", "not an address");
        browser.save();
        assertThat(browser.texts(".govuk-error-summary a")).containsExactly(
                "Enter a web address starting with http:// or https://, like https://www.example.org.uk");
        browser.type("url", "https://www.example.org.uk/needs");
        browser.type("dated", "March 2015");
        browser.save();
        assertThat(browser.text("#references-table")).contains("Illustrative: needs assessment", "March 2015");
        assertThat(browser.text("#initiatives-table")).contains("Illustrative: the youth justice plan");

        // A plan year with two priorities under operational objectives, with their focus points
        browser.click("Add a plan year");
        browser.type("label", "2015-16");
        date("startDate", "1", "4", "2015");
        date("endDate", "31", "3", "2016");
        browser.save();
        assertThat(browser.heading()).isEqualTo("Plan year 2015-16");
        priority("1", "Illustrative priority: tackle repeat anti-social behaviour", "1.1",
                "- Illustrative focus point: one case worker for each repeat case\n- Illustrative focus point: review cases every month");
        priority("2", "Illustrative priority: grow local volunteering", "2.1",
                "- Illustrative focus point: a volunteering fair in each ward");
        browser.shot("plan-year");
        assertThat(browser.texts("#priorities + table tbody tr td:nth-child(1)")).containsExactly("1", "2");
        assertThat(browser.text("main")).contains("Illustrative priority: tackle repeat anti-social behaviour",
                "Illustrative priority: grow local volunteering");

        // An external framework with two ambitions
        browser.visit("/admin/partnerships");
        browser.click(PARTNERSHIP);
        browser.click("External frameworks");
        browser.click("Add an external framework");
        browser.type("name", "Example Borough Wellbeing Strategy (illustrative)");
        browser.type("period", "2015-2018");
        browser.save();
        ambition("Safe at Home", "Illustrative ambition: people feel safe in their homes.");
        ambition("Safe Outdoors", "Illustrative ambition: people feel safe in public places.");

        // An indicator with its year, and a value with a target: a percentage of 120 is refused first
        browser.visit("/admin/partnerships");
        browser.click(PARTNERSHIP);
        browser.click("Indicator definitions");
        browser.click("Add an indicator");
        browser.type("name", "Illustrative measure: percentage of surveyed residents who feel safe (example only)");
        browser.type("code", "EX 1");
        browser.type("definition", "Illustrative definition for the example partnership.");
        new Select(field("unit")).selectByVisibleText("Percentage (0 to 100)");
        new Select(field("polarity")).selectByVisibleText("Higher is better");
        new Select(field("frequency")).selectByVisibleText("Yearly");
        new Select(field("periodType")).selectByVisibleText("Financial year (April to March)");
        browser.type("source", "Illustrative resident survey");
        browser.save();
        browser.click("Add to a plan year");
        new Select(field("planYearId")).selectByVisibleText("2015-16 (" + PLAN + ")");
        field("category").click();
        browser.save();
        browser.click("Add a value");
        browser.type("periodLabel", "2015/16 annual");
        browser.type("figure", "120");
        browser.type("target", "55");
        browser.type("note", "Illustrative figure for the example only");
        browser.save();
        browser.shot("value-form-error");
        assertThat(browser.text(".govuk-error-summary")).contains("Figure must be between 0 and 100, as it is a percentage");
        assertThat(browser.text("#figure-error")).contains("Figure must be between 0 and 100, as it is a percentage");
        assertThat(field("figure").getAttribute("value")).isEqualTo("120");
        assertThat(field("periodLabel").getAttribute("value")).isEqualTo("2015/16 annual");
        assertThat(field("target").getAttribute("value")).isEqualTo("55");
        browser.type("figure", "50");
        browser.save();
        browser.shot("indicator");

        // The structure shows on the admin list pages
        assertThat(browser.text("#plan-years + table")).contains("2015-16 (" + PLAN + ")", "Key outcome indicator");
        assertThat(browser.text("#values + table")).contains("2015/16 annual", "50", "55");
        browser.visit("/admin/partnerships");
        assertThat(browser.text("main table")).contains(PARTNERSHIP);
        browser.click(PARTNERSHIP);
        browser.click("Plans");
        assertThat(browser.text("main table")).contains(PLAN, "2015-18", "Approved");
        browser.click(PLAN);
        assertThat(browser.text("main")).contains("1 Illustrative objective: safer streets", "2 Illustrative objective: stronger communities",
                "Illustrative principle: prevention first", "Illustrative principle: listen to residents", "2015-16");
        assertThat(browser.texts("main table td:first-child")).contains("1.1", "1.2", "2.1");
        browser.click("2015-16");
        assertThat(browser.texts("main table tbody tr")).anySatisfy(row -> assertThat(row).contains("1", "1.1"))
                .anySatisfy(row -> assertThat(row).contains("2", "2.1"));
        browser.click("Change priority 1");
        assertThat(field("focusPoints").getAttribute("value")).contains("one case worker for each repeat case");
        browser.visit("/admin/frameworks");
        assertThat(browser.text("main table")).contains("Example Borough Wellbeing Strategy (illustrative)");
        browser.click("Example Borough Wellbeing Strategy (illustrative)");
        assertThat(browser.texts("#ambitions + table tbody td:first-child")).containsExactly("Safe at Home", "Safe Outdoors");
        browser.visit("/admin/indicators");
        new Select(field("partnership")).selectByVisibleText(PARTNERSHIP);
        browser.press(browser.driver().findElement(By.cssSelector("form.portal-filter button")));
        assertThat(browser.texts("main table tbody tr")).singleElement().asString().contains("EX 1", "Percentage");
    }

    @Test
    void deletingIsConfirmedOrRefusedWithTheReasonAndAStaleSaveShowsWhatWasSavedBesideWhatWasTyped(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin/plans");
        browser.click("Children, Young People and Families Plan 2011-14");
        browser.click("2013-14");
        browser.click("Delete the plan year");
        assertThat(browser.heading()).isEqualTo("You cannot delete plan year 2013-14 of Children, Young People and Families Plan 2011-14");
        assertThat(browser.text("#refusal")).isEqualTo("You cannot delete plan year 2013-14 because it has 7 priorities, "
                + "17 actions and 22 indicators reported. Remove them first, or mark the plan as superseded.");
        assertThat(browser.driver().findElements(By.cssSelector("main form"))).isEmpty();

        browser.visit("/admin/partnerships/new");
        browser.type("name", "Example Partnership To Delete (fictional)");
        browser.save();
        browser.click("Change details");
        browser.type("description", "Typed into a form that has gone out of date");
        browser.driver().executeScript("document.getElementById('version').value = '-1'");
        browser.save();
        browser.shot("stale");
        assertThat(browser.text(".govuk-error-summary")).contains("Someone else saved this while you were editing it");
        assertThat(field("description").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Typed into a form that has gone out of date");
        assertThat(browser.text("#description-saved")).isEqualTo("Saved by someone else: Nothing");
        assertThat(browser.text("#saved-by")).startsWith("admin saved it on ");
        assertThat(field("name").getAttribute("value")).isEqualTo("Example Partnership To Delete (fictional)");

        browser.click("Cancel");
        browser.click("Delete this partnership");
        browser.shot("delete");
        assertThat(browser.heading()).isEqualTo("Are you sure you want to delete the partnership Example Partnership To Delete (fictional)?");
        browser.save();
        assertThat(browser.path()).isEqualTo("/admin/partnerships");
        assertThat(browser.text("main")).doesNotContain("Example Partnership To Delete (fictional)");

        browser.visit("/admin/indicators");
        browser.click("Next page");
        assertThat(browser.path()).isEqualTo("/admin/indicators?page=2");
    }

    private void strategicObjective(String number, String title) {
        browser.click("Add a strategic objective");
        browser.type("number", number);
        browser.type("title", title);
        browser.save();
    }

    private void operationalObjective(String parent, String number, String title) {
        browser.click("Add an operational objective to strategic objective " + parent);
        assertThat(field("number").getAttribute("value")).isEqualTo(parent + ".");
        browser.type("number", number);
        browser.type("title", title);
        browser.save();
    }

    private void principle(String number, String title) {
        browser.click("Add a cross-cutting principle");
        browser.type("number", number);
        browser.type("title", title);
        browser.type("description", "Illustrative description.");
        browser.save();
    }

    private void priority(String number, String title, String objective, String focusPoints) {
        browser.click("Add a priority");
        browser.type("number", number);
        browser.type("title", title);
        browser.type("leadResponsibility", "Illustrative lead group");
        Select objectives = new Select(field("operationalObjectiveId"));
        objectives.getOptions().stream().filter(option -> option.getText().startsWith(objective + " ")).findFirst()
                .orElseThrow().click();
        browser.type("focusPoints", focusPoints);
        browser.save();
        assertThat(browser.heading()).isEqualTo("Plan year 2015-16");
    }

    private void ambition(String shortName, String description) {
        browser.click("Add an ambition");
        browser.type("shortName", shortName);
        browser.type("description", description);
        browser.save();
    }

    private void date(String field, String day, String month, String year) {
        browser.type(field, day);
        browser.type(field + "-month", month);
        browser.type(field + "-year", year);
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    /** Follows a link by its text, including any text only screen readers hear, and checks the page. */

}
