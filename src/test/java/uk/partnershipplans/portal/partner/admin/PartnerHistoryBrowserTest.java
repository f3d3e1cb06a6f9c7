package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An admin renames a partner organisation, then opens its history and sees the change: when, by whom, the name before
 * and after, below it how the demo data created the organisation; then the history of one of the partnership's
 * groups. Every page on the way is checked with axe-core.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class PartnerHistoryBrowserTest {

    private Browser browser;

    @Test
    void adminChangesAnOrganisationAndReadsItsHistory(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin/partners?name=youth");
        browser.click("Nottinghamshire Youth Offending Service");
        browser.click("Change the organisation");
        browser.type("name", "Nottinghamshire Youth Justice Service");
        browser.press(browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")));
        assertThat(browser.heading()).isEqualTo("Nottinghamshire Youth Justice Service");

        browser.click("History of changes");
        browser.shot("organisation-history");
        assertThat(browser.title()).startsWith("History of Nottinghamshire Youth Justice Service");
        assertThat(browser.heading()).isEqualTo("History of Nottinghamshire Youth Justice Service");
        assertThat(browser.text("#history caption")).isEqualTo("Changes to Nottinghamshire Youth Justice Service, newest first");
        assertThat(browser.texts("#history thead th"))
                .containsExactly("Date and time", "Who", "What changed", "Before", "After");
        List<String> latest = cells(0);
        assertThat(latest.get(0)).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}[ap]m");
        assertThat(latest.subList(1, 5)).containsExactly("admin", "Name", "Nottinghamshire Youth Offending Service",
                "Nottinghamshire Youth Justice Service");
        assertThat(browser.text("#history")).contains("system").contains("Created")
                .contains("Name: Nottinghamshire Youth Offending Service").contains("Kind: Youth offending service")
                .contains("Membership of Nottinghamshire Children's Trust added");

        browser.click("Back");
        assertThat(browser.heading()).isEqualTo("Nottinghamshire Youth Justice Service");

        browser.visit("/admin/partnerships");
        browser.click("Nottinghamshire Children's Trust");
        browser.click("Groups and their seats");
        browser.press(browser.driver().findElements(By.cssSelector("main table a")).get(0));
        String group = browser.heading();
        browser.click("History of changes");
        browser.shot("group-history");
        assertThat(browser.heading()).isEqualTo("History of " + group);
        assertThat(browser.text("#history")).contains("system").contains("Created").contains("Name: " + group);
    }

    private List<String> cells(int row) {
        return browser.driver().findElements(By.cssSelector("#history tbody tr")).get(row)
                .findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

}
