package uk.partnershipplans.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * In a real Chromium, with axe-core on every page: the planning team prepares a committee report like the January 2013
 * one from the 2012-13 year at 30 September 2012, corrects a mistyped date, adds an implication and the
 * recommendation, issues it and records the committee's decision; a board member reads it with its summary of progress.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class CommitteeReportBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeReports() {
        jdbc.update("delete from committee_report");
    }

    @Test
    void thePlanningTeamIssuesACommitteeReportAndRecordsTheDecision(Browser browser) {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2012-13'", Long.class, DemoData.PLAN_2011);
        browser.signIn("admin", "demo");
        browser.visit("/plan-years/" + year);
        browser.click("Committee reports");
        assertThat(browser.text("#no-papers")).isEqualTo("There is no committee report for this year yet.");
        browser.click("Prepare a committee report");

        browser.type("meeting", "Children and Young People's Committee");
        browser.type("meetingDate", "14");
        browser.type("meetingDate-month", "13");
        browser.type("meetingDate-year", "2013");
        browser.type("agendaItem", "8");
        browser.type("reportOf", "Corporate Director for Children, Families and Cultural Services");
        browser.type("title", "Officer group report: Nottinghamshire Children's Trust");
        browser.type("asAt", "30");
        browser.type("asAt-month", "9");
        browser.type("asAt-year", "2012");
        browser.type("purpose", "To provide an overview of the activities and performance of Nottinghamshire"
                + " Children's Trust, between April and November 2012.");
        browser.type("information", "Nottinghamshire Children's Trust is a partnership of organisations that provide"
                + " services to children, young people and families in Nottinghamshire.");
        browser.save();
        assertThat(browser.firstErrorLink().getText())
                .isEqualTo("The date of the meeting must be a real date, for example 14 1 2013");
        assertThat(browser.driver().findElement(By.id("title")).getAttribute("value"))
                .isEqualTo("Officer group report: Nottinghamshire Children's Trust");
        browser.type("meetingDate-month", "1");
        browser.save();
        assertThat(browser.heading()).isEqualTo("Officer group report: Nottinghamshire Children's Trust");
        assertThat(browser.text("#paper-state")).startsWith("Draft");
        assertThat(browser.text("#paper-summary")).isEqualTo(
                "3. In summary, the performance report at 30 September 2012 indicates that:");

        browser.click("Add an implication");
        browser.type("heading", "Equalities implications");
        browser.type("text", "The development of the CYPF Plan included an Equality Impact Assessment.");
        browser.save();
        browser.click("Add a recommendation");
        browser.type("text", "That the Committee notes the contents of the report.");
        browser.save();
        browser.click("Issue the paper");
        browser.save();
        assertThat(browser.text("#paper-state")).startsWith("Issued").contains("by admin");
        assertThat(browser.driver().findElements(By.id("change-paper"))).as("an issued paper is not changed").isEmpty();

        browser.click("Record the decision on recommendation 1");
        browser.driver().findElement(By.cssSelector("label[for=decision-3]")).click();
        browser.save();
        assertThat(browser.text("#recommendations tbody")).contains("Noted by Children and Young People's Committee"
                + " on 14 January 2013", "Recorded by admin");
        browser.signOut();

        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + year + "/committee-reports");
        browser.click("Officer group report: Nottinghamshire Children's Trust");
        assertThat(browser.text("#paper-summary-points")).contains("12 performance indicators where comparison"
                + " information is available");
        assertThat(browser.driver().findElements(By.id("issue-paper"))).as("board members read, the planning team issues")
                .isEmpty();
        browser.shot("committee-report");
    }
}
