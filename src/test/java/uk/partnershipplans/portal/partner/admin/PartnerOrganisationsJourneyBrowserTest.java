package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * An admin searches the partner organisations, filters them by kind, and records that Jobcentre Plus left the demo
 * partnership (the 2014-16 plan no longer names it), first with a month that does not exist, then corrects that
 * date; then adds a new organisation that joins for the next plan. Every page on the way is
 * checked with axe-core.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it changes demo data other tests read
class PartnerOrganisationsJourneyBrowserTest {

    private Browser browser;

    @Test
    void adminSearchesFiltersAndMarksAnOrganisationAsHavingLeft(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin");
        browser.click("Partner organisations");
        assertThat(browser.heading()).isEqualTo("Partner organisations");
        assertThat(browser.text("caption")).isEqualTo("24 partner organisations");

        browser.type("name", "council");
        show();
        assertThat(names()).contains("Ashfield District Council", "Nottinghamshire County Council")
                .allMatch(name -> name.toLowerCase().contains("council"));
        assertThat(browser.text("caption")).isEqualTo("9 partner organisations");

        new Select(field("kind")).selectByVisibleText("District or borough council");
        show();
        browser.shot("organisations-filtered");
        assertThat(browser.text("caption")).isEqualTo("7 partner organisations");
        assertThat(browser.texts("#organisations tbody tr td:nth-child(2)")).containsOnly("District or borough council");
        assertThat(field("name").getAttribute("value")).isEqualTo("council");

        // Sorting by kind keeps the search
        browser.click("Kind");
        assertThat(browser.path()).contains("name=council").contains("sort=KIND");
        assertThat(browser.driver().findElement(By.cssSelector("#organisations th[aria-sort=ascending]")).getText()).isEqualTo("Kind");

        browser.visit("/admin/partners?name=jobcentre");
        browser.click("Jobcentre Plus");
        assertThat(browser.heading()).isEqualTo("Jobcentre Plus");
        assertThat(browser.text("#memberships")).contains("Nottinghamshire Children's Trust", "Still a member");
        browser.click("Mark as left Nottinghamshire Children's Trust");
        browser.shot("leave-form");
        assertThat(browser.path()).as(browser.text("main")).contains("/leave");

        browser.type("leftOn", "31");
        browser.type("leftOn-month", "13");
        browser.type("leftOn-year", "2014");
        browser.save();
        browser.shot("leave-error");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.text(".govuk-error-summary")).contains("Date it left must be a real date, for example 31 3 2014");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#leftOn");
        assertThat(field("leftOn").getAttribute("value")).isEqualTo("31");
        assertThat(field("leftOn-month").getAttribute("value")).isEqualTo("13");
        assertThat(field("leftOn-year").getAttribute("value")).isEqualTo("2014");

        browser.type("leftOn-month", "3");
        browser.save();
        assertThat(browser.heading()).isEqualTo("Jobcentre Plus");
        assertThat(browser.text("#memberships")).contains("31 March 2014");
        browser.click("Add to a partnership");
        assertThat(browser.heading()).isEqualTo("Add Jobcentre Plus to a partnership");
        browser.click("Cancel");

        // A leaving date recorded by mistake is corrected from the same form, which shows the date saved
        browser.click("Change the date it left Nottinghamshire Children's Trust");
        assertThat(field("leftOn-month").getAttribute("value")).isEqualTo("3");
        browser.type("leftOn", "30");
        browser.save();
        assertThat(browser.text("#memberships")).contains("30 March 2014");

        // A new partner joins for the next plan
        browser.visit("/admin/partners");
        browser.click("Add a partner organisation");
        browser.type("name", "Example Sixth Form College");
        new Select(field("kindId")).selectByVisibleText("Schools and colleges");
        browser.driver().findElement(By.cssSelector("input[name=category][value=OTHER_PARTNER]")).click();
        browser.save();
        assertThat(browser.heading()).isEqualTo("Example Sixth Form College");
        browser.click("Add to a partnership");
        new Select(field("partnershipId")).selectByVisibleText("Nottinghamshire Children's Trust");
        browser.type("joinedOn", "1");
        browser.type("joinedOn-month", "4");
        browser.type("joinedOn-year", "2014");
        browser.save();
        assertThat(browser.text("#memberships")).contains("Nottinghamshire Children's Trust", "1 April 2014", "Still a member");

        browser.visit("/admin/partners");
        new Select(field("status")).selectByVisibleText("Former partners");
        show();
        browser.shot("organisations-former");
        assertThat(names()).containsExactly("Jobcentre Plus");

        browser.visit("/admin");
        browser.click("Kinds of partner");
        assertThat(browser.text("#kinds")).contains("District or borough council");
        browser.click("Change Police");
        assertThat(browser.heading()).isEqualTo("Rename the kind of partner");
        browser.click("Cancel");
        browser.click("Delete Police");
        assertThat(browser.text("#refusal")).contains("Police cannot be deleted because it is the kind of 1 partner organisation");
    }

    private java.util.List<String> names() {
        return browser.texts("#organisations tbody tr td:first-child");
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private void show() {
        browser.press(browser.driver().findElement(By.cssSelector("#organisation-search button[type=submit]")));
    }

}
