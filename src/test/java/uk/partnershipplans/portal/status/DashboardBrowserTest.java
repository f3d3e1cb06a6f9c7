package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.SyntheticDataset;

/**
 * In a real Chromium, with axe-core on every page: a board member opens the 2013-14 dashboard from the home page,
 * filters it with the keyboard alone, reads it on a narrow phone screen, and prints it.
 */
@BrowserTest
class DashboardBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aBoardMemberOpensTheDashboardFromTheHomePageAndFiltersItWithTheKeyboard(Browser browser) {
        long year = year2013();
        browser.signIn("board", "demo");
        browser.press(browser.driver().findElement(By.cssSelector("main a[href='/plan-years/" + year + "/dashboard']")));
        browser.shot("dashboard");

        assertThat(browser.heading()).isEqualTo("Dashboard: 2013-14");
        assertThat(browser.text("#overall-status")).isEqualTo("Overall status: Red");
        assertThat(browser.text("#position-as-at")).isEqualTo("Position at 31 March 2014, the last day of the year: the year has ended.");
        assertThat(browser.texts("#attention tbody td .govuk-tag")).as("red actions, then red indicators")
                .startsWith("Overdue").endsWith("Red").doesNotContain("Not started", "Amber");
        assertThat(browser.driver().findElements(By.cssSelector("svg[role=img]"))).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getAttribute("aria-label")).startsWith("Line chart of "));
        assertThat(browser.text("#results")).isEqualTo("Showing 17 of 17 actions and 22 of 22 indicators.");

        // Keyboard only: open another date, type 31 5 2014 (a milestone due in April is late by then), then filter Amber.
        browser.driver().findElement(By.cssSelector("#position-choice summary")).sendKeys(Keys.ENTER);
        browser.type("on", "31");
        browser.type("on-month", "5");
        browser.type("on-year", "2014");
        browser.driver().findElement(By.id("on-year")).sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("on.year=2014"));
        browser.assertAccessible();
        assertThat(browser.text("#position-as-at")).isEqualTo("Position at 31 May 2014, the date you chose.");

        // Focus the status filter, choose Amber by typing, tab to the button and press Enter.
        WebElement status = browser.driver().findElement(By.id("status"));
        browser.driver().executeScript("arguments[0].focus()", status);
        status.sendKeys("Amber");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement button = browser.driver().switchTo().activeElement();
        assertThat(button.getText()).isEqualTo("Apply filters");
        button.sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("status=AMBER"));
        browser.assertAccessible();
        browser.shot("dashboard-amber");

        assertThat(browser.text("#results")).isEqualTo("Showing 1 of 17 actions and 0 of 22 indicators.");
        assertThat(browser.text("#position-as-at")).as("the date chosen is kept").isEqualTo("Position at 31 May 2014, the date you chose.");
        assertThat(new Select(browser.driver().findElement(By.id("status"))).getFirstSelectedOption().getText()).isEqualTo("Amber");
        assertThat(browser.texts("#actions tbody tr")).hasSize(1).allSatisfy(row -> assertThat(row).contains("Action 15", "Slipping"));
        assertThat(browser.text("#indicators-none")).isEqualTo("No indicator matches these filters.");

        browser.visit("/plan-years/" + year + "/dashboard?status=GREEN");
        assertThat(browser.text("#attention-none")).isEqualTo("No red or amber action or indicator matches these filters.");
        browser.click("Clear filters");
        assertThat(browser.path()).isEqualTo("/plan-years/" + year + "/dashboard");
    }

    @Test
    void theLeadsOfTheLaterPlanAreOfferedOneByOne(Browser browser) {
        Long year = jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id where p.title = ? "
                + "and y.label = '2014-16'", Long.class, "Children, Young People and Families Plan 2014-16");
        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + year + "/dashboard");
        browser.shot("dashboard-2014");
        new Select(browser.driver().findElement(By.id("lead"))).selectByVisibleText("Nottinghamshire Safeguarding Children Board");
        browser.driver().findElement(By.cssSelector("#filters button[type=submit]")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("lead="));
        browser.assertAccessible();
        assertThat(browser.texts("#actions tbody tr td:nth-of-type(2)"))
                .isNotEmpty().allSatisfy(lead -> assertThat(lead).contains("Nottinghamshire Safeguarding Children Board"));
    }

    @Test
    void onANarrowScreenTheTablesScrollInsideThePage(Browser browser) {
        browser.signIn("board", "demo");
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.visit("/plan-years/" + year2013() + "/dashboard");
        Boolean pageFits = (Boolean) browser.driver().executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        Boolean tableScrolls = (Boolean) browser.driver().executeScript(
                "const s = document.querySelector('#indicators').parentElement; return s.scrollWidth > s.clientWidth");
        assertThat(pageFits).as("the page keeps its width").isTrue();
        assertThat(tableScrolls).as("the indicator table scrolls inside its region").isTrue();
        browser.shot("dashboard-360");
    }

    @Test
    void thePrintedDashboardLeavesOutTheNavigationAndTheFilters(Browser browser) {
        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + year2013() + "/dashboard");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String hidden : new String[] {".govuk-header", ".govuk-service-navigation", ".govuk-breadcrumbs", "#filters", ".govuk-footer"}) {
            assertThat(browser.driver().executeScript("return getComputedStyle(document.querySelector(arguments[0])).display", hidden))
                    .as(hidden + " is not printed").isEqualTo("none");
        }
        assertThat(browser.driver().executeScript("return getComputedStyle(document.querySelector('#attention .govuk-tag')).backgroundColor"))
                .as("tags print as outlined words").isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.driver().findElement(By.id("attention")).isDisplayed()).isTrue();
        browser.shot("dashboard-print");
    }

    /** The large synthetic year: its tables come a page at a time, each page reached by its own named navigation. */
    @Test
    void aBoardMemberPagesThroughTheActionsOfALargeYear(Browser browser) {
        SyntheticDataset.loadInto(dataSource);
        browser.signIn("board", "demo");
        browser.visit("/plan-years/" + SyntheticDataset.year(jdbc, 20) + "/dashboard");
        assertThat(browser.text("#actionsPage-shown")).isEqualTo("Actions 1 to 25 of 100, in the order of the plan.");
        assertThat(browser.driver().findElements(By.cssSelector("nav.govuk-pagination")))
                .extracting(nav -> nav.getAttribute("aria-label")).containsExactly("Pages of what needs attention", "Pages of actions", "Pages of trends");

        browser.press(browser.driver().findElement(
                By.cssSelector("nav[aria-label='Pages of actions'] .govuk-pagination__next a")));
        assertThat(browser.text("#actionsPage-shown")).isEqualTo("Actions 26 to 50 of 100, in the order of the plan.");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?actionsPage=2#actions-heading");
        assertThat(browser.text("#attentionPage-shown")).as("the other tables stay on their first page")
                .startsWith("Items 1 to 25 of");
    }

    private long year2013() {
        return DemoData.year2013(jdbc);
    }
}
