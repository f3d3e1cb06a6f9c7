package uk.partnershipplans.portal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;

/**
 * In a real Chromium, with axe-core on every page: an admin records a final review of the 2014-16 plan, a key activity
 * with its evidence of achievement, and a web page as its source after one without an address is refused; a board
 * member reads it.
 */
@BrowserTest
class FinalReviewBrowserTest {

    private static final String TITLE = "Final review of the plan 2014-16 (browser)";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeIt() {
        jdbc.update("delete from final_review where title = ?", TITLE);
    }

    @Test
    void anAdminRecordsAKeyActivityWithATypedSourceAndABoardMemberReadsIt(Browser browser) {
        long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id"
                + " where p.title = ? and y.label = '2014-16'", Long.class, DemoData.PLAN_2014);
        browser.signIn("admin", "demo");
        browser.visit("/plan-years/" + year);
        browser.click("Final reviews");
        browser.click("Record a final review");
        browser.type("title", TITLE);
        browser.save();
        browser.click("Add a key activity");
        new Select(browser.driver().findElement(By.id("priorityId"))).selectByIndex(1);
        browser.type("activity", "Introduce the multi-agency safeguarding hub");
        browser.type("achievement", "1. 2,350 contacts were screened in its first year.\n2. 96% within 24 hours.");
        browser.save();
        browser.press(browser.driver().findElement(By.cssSelector("a[href*=\"/sources/new\"]")));
        browser.driver().findElement(By.cssSelector("label[for=kind-2]")).click();
        browser.save();
        assertThat(browser.firstErrorLink().getText())
                .isEqualTo("Enter the web page’s address, starting with http:// or https://");
        browser.type("address", "https://www.nottinghamshire.gov.uk/mash");
        browser.save();
        assertThat(browser.text("main")).contains("Web page: https://www.nottinghamshire.gov.uk/mash",
                "1. 2,350 contacts were screened in its first year.", "2. 96% within 24 hours.");
        browser.signOut();

        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + year + "/final-reviews");
        browser.click(TITLE);
        assertThat(browser.text("main h3")).isEqualTo("Key activity 1: Introduce the multi-agency safeguarding hub");
    }
}
