package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;

/**
 * In a real Chromium, with axe-core on every page: an admin records a consultation on the draft 2014-16 plan and a
 * submission that changed the plan, by keyboard-free typing and a checkbox; an officer of the partnership reads it.
 */
@BrowserTest
class ConsultationBrowserTest {

    private static final String TITLE = "Consultation on the draft plan 2014-16 (browser)";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeIt() {
        jdbc.update("delete from consultation_submission where consultation_id in (select id from consultation where title = ?)", TITLE);
        jdbc.update("delete from consultation where title = ?", TITLE);
    }

    @Test
    void anAdminRecordsAConsultationAndAnOfficerReadsIt(Browser browser) {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-16'", Long.class, DemoData.PLAN_2014);
        browser.signIn("admin", "demo");
        browser.visit("/plan-years/" + year);
        browser.click("Consultations");
        browser.click("Record a consultation");
        browser.type("title", TITLE);
        browser.type("openedOn", "1");
        browser.type("openedOn-month", "2");
        browser.type("openedOn-year", "2014");
        browser.type("closedOn", "14");
        browser.type("closedOn-month", "3");
        browser.type("closedOn-year", "2014");
        browser.save();
        assertThat(browser.firstErrorLink().getText()).isEqualTo("Enter who was asked");
        browser.type("whoWasAsked", "Children, young people and families");
        browser.save();
        assertThat(browser.heading()).isEqualTo(TITLE);

        browser.click("Add a submission");
        browser.type("number", "1");
        browser.type("submittedBy", "Nottinghamshire Youth Forum");
        browser.type("summary", "Young people want more say in their health services.");
        browser.type("response", "Agreed.");
        browser.driver().findElement(By.cssSelector("label[for=planChanged]")).click();
        browser.type("changeMade", "Emotional health is named in priority 1.");
        browser.driver().findElement(By.cssSelector("label[for=priorityIds]")).click();
        browser.save();
        assertThat(browser.text("#submissions")).isEqualTo("Submissions (1)");
        browser.signOut();

        browser.signIn("officer", "demo");
        browser.visit("/plan-years/" + year + "/consultations");
        browser.click(TITLE);
        assertThat(browser.text("#submissions-table tbody")).contains("Nottinghamshire Youth Forum",
                "Yes:", "Emotional health is named in priority 1.");
    }
}
