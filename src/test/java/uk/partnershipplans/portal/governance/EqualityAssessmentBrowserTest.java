package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * In a real Chromium, with axe-core on every page: an admin records an equality impact assessment of the review's
 * proposals in two parts (a form refused first, then saved), a row for a characteristic in each, an action with its
 * lead and date, and reads it back; a board member reads the demo plan's own assessment from the year's page.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds an assessment to the demo plan
class EqualityAssessmentBrowserTest {

    @Test
    void anAdminRecordsAnAssessmentInTwoParts(Browser browser) {
        browser.signIn("admin", "demo");
        browser.visit("/plans");
        browser.click(PLAN_2011);
        browser.click("Equality impact assessments");
        assertThat(browser.heading()).isEqualTo("Equality impact assessments");
        browser.click("Record an equality impact assessment");

        browser.type("introduction", "Our assessment of the proposals of the annual review.");
        browser.type("approvedOn", "31");
        browser.type("approvedOn-month", "2");
        browser.type("approvedOn-year", "2014");
        browser.save();
        browser.firstErrorLink();
        assertThat(browser.texts(".govuk-error-summary__list a")).containsExactly("Enter what the assessment assesses",
                "Date approved must be a real date, for example 17 6 2013");
        assertThat(browser.driver().findElement(By.id("introduction")).getAttribute("value"))
                .isEqualTo("Our assessment of the proposals of the annual review.");

        browser.type("subject", "The proposals of the annual review");
        new Select(browser.driver().findElement(By.id("planYearId"))).selectByVisibleText("2013-14");
        browser.type("approvedBy", "Children's Trust Board");
        browser.type("approvedOn", "17");
        browser.type("approvedOn-month", "6");
        browser.type("approvedOn-year", "2013");
        browser.save();
        assertThat(browser.heading()).isEqualTo("Equality impact assessment: The proposals of the annual review");

        addPart(browser, "Our proposals", "ADJUST");
        addPart(browser, "Our priorities", "NO_MAJOR_CHANGE");

        browser.click("Add a row to “Our proposals”");
        new Select(browser.driver().findElement(By.id("characteristicId"))).selectByVisibleText("Age");
        browser.type("positiveImpact", "Young people aged 16-19 could particularly benefit");
        browser.type("adverseImpact", "No");
        browser.type("evidence", "Participation figures for 16-19 year olds.");
        browser.save();

        browser.click("Add a row to “Our priorities”");
        new Select(browser.driver().findElement(By.id("characteristicId"))).selectByVisibleText("Disability");
        browser.type("positiveImpact", "Yes");
        browser.save();

        browser.click("Add an action to “Our proposals”");
        browser.type("text", "Publish the findings in easy read");
        browser.type("lead", "Team Manager, Planning and Performance");
        browser.type("dueOn", "30");
        browser.type("dueOn-month", "9");
        browser.type("dueOn-year", "2013");
        browser.save();

        assertThat(browser.texts("main h2")).containsSubsequence("Our proposals", "Our priorities", "Approval");
        assertThat(browser.texts("main table tbody th")).contains("Age", "Disability", "Publish the findings in easy read");
        assertThat(browser.texts("main p strong")).contains("Adjust the policy", "No major change");
        assertThat(browser.text("#approved")).isEqualTo("Approved by Children's Trust Board on 17 June 2013.");
        browser.click("History of changes");
    }

    @Test
    void aBoardMemberReadsTheDemoPlansAssessmentFromTheYear(Browser browser) {
        browser.signIn("board", "demo");
        browser.visit("/plans");
        browser.click(PLAN_2011);
        browser.click("Year 2013-14");
        browser.click("Equality impact assessments");
        browser.click("This plan");
        assertThat(browser.texts("main table tbody th")).containsExactly("Age", "Disability", "Gender/Gender reassignment",
                "Race", "Religion or belief", "Sexual orientation", "Other area of social exclusion");
    }

    private static void addPart(Browser browser, String title, String outcome) {
        browser.click("Add a part");
        browser.type("title", title);
        browser.driver().findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
        browser.save();
    }
}
