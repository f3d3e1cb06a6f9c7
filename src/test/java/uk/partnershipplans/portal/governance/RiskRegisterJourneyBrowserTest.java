package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;

/**
 * In a real Chromium, with axe-core on every page: an admin records the 2011-14 plan's risk register (first refused
 * with what is missing, then saved, changed and read), and a vulnerable group linked to priority 3.1, whose page shows
 * the priority's actions and indicators; a board member then reads both from the plan's page, beside the demo plan's
 * own groups. The risk and group are removed afterwards.
 */
@BrowserTest
class RiskRegisterJourneyBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheJourneyRecorded() {
        jdbc.update("delete from plan_risk");
        jdbc.update("delete from vulnerable_group where name = 'Children in care'");
    }

    @Test
    void anAdminRecordsARiskAndAVulnerableGroupAndTheBoardReadsThem(Browser browser) {
        long year = DemoData.year2013(jdbc);
        long plan = jdbc.queryForObject("select plan_id from plan_year where id = ?", Long.class, year);
        long priority = jdbc.queryForObject("select id from priority where plan_year_id = ? and number = '3.1'", Long.class,
                year);

        browser.signIn("admin", "demo");
        browser.visit("/plans/" + plan);
        browser.click("Risk register");
        assertThat(browser.heading()).isEqualTo("Risk register");
        assertThat(browser.text("#no-risks")).isEqualTo("No risk has been recorded for this plan yet.");
        browser.click("Add a risk");

        // Sent with nothing: every problem at once, the first one's link taking the focus to its field
        browser.save();
        browser.firstErrorLink();
        assertThat(browser.texts(".govuk-error-summary__list a")).containsExactlyInAnyOrder("Enter the risk",
                "Enter the area of the risk", "Choose how likely the risk is, from 1 to 5",
                "Choose the impact of the risk, from 1 to 5", "Enter who owns the risk",
                "Enter the date of the next review");

        browser.type("title", "Reductions in partners' budgets");
        browser.type("area", "Finance");
        browser.type("cause", "Every public body faces financial challenges.");
        browser.driver().findElement(By.id("likelihood-4")).click();
        browser.driver().findElement(By.id("impact-4")).click();
        browser.type("owner", "Children's Trust Board");
        browser.type("mitigations", "- Prioritise services for those who need them most\n- Integrated commissioning");
        browser.type("reviewDate", "31");
        browser.type("reviewDate-month", "3");
        browser.type("reviewDate-year", "2027");
        browser.driver().findElement(By.cssSelector("input[name=priorityIds][value='" + priority + "']")).click();
        browser.save();
        browser.shot("risk");
        assertThat(browser.heading()).isEqualTo("Reductions in partners' budgets");
        assertThat(browser.text("#risk-summary .govuk-tag")).isEqualTo("Red");
        assertThat(browser.text("#score")).isEqualTo("Score 16: likelihood 4 (Likely) × impact 4 (Major)");
        assertThat(browser.texts("main li")).contains("Prioritise services for those who need them most");

        browser.click("Change the risk");
        browser.driver().findElement(By.id("likelihood-2")).click();
        browser.save();
        assertThat(browser.text("#risk-summary .govuk-tag")).isEqualTo("Amber");
        browser.click("History of changes");
        assertThat(browser.text("#history")).contains("Likelihood");
        browser.visit("/plans/" + plan + "/risks");
        assertThat(browser.texts("#risks tbody th a")).containsExactly("Reductions in partners' budgets");
        browser.click("How a risk is rated");
        assertThat(browser.texts("#rating-rule tbody tr")).containsExactly("15 to 25 Red", "8 to 12 Amber", "1 to 6 Green");

        // A vulnerable group linked to priority 3.1
        browser.visit("/plans/" + plan);
        browser.click("Vulnerable groups");
        browser.click("Add a vulnerable group");
        browser.type("name", "Children in care");
        browser.type("definition", "Children and young people looked after by the local authority.");
        browser.driver().findElement(By.cssSelector("input[name=priorityIds][value='" + priority + "']")).click();
        browser.save();
        browser.shot("vulnerable-group");
        assertThat(browser.heading()).isEqualTo("Children in care");
        assertThat(browser.texts("main h2")).contains("Work for the group in 2013-14");
        assertThat(browser.driver().findElements(By.cssSelector("#actions-" + year + " tbody tr"))).isNotEmpty();
        browser.signOut();

        // The board reads them from the plan's page
        browser.signIn("board", "demo");
        browser.click(PLAN_2011);
        browser.click("Risk register");
        assertThat(browser.texts("#risks tbody .govuk-tag")).containsExactly("Amber");
        assertThat(browser.driver().findElements(By.id("new-risk"))).as("only admins add risks").isEmpty();
        browser.click("Reductions in partners' budgets");
        browser.visit("/plans/" + plan + "/vulnerable-groups");
        assertThat(browser.texts("#groups tbody th")).contains("Children in care", "Children in local authority care");
        browser.click("Children in care");
        assertThat(browser.heading()).isEqualTo("Children in care");
    }
}
