package uk.partnershipplans.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

/**
 * An admin enters a board defined by role through the forms alone: the group, then its seats, each representing
 * the demo partnership's member organisations. The board is an illustration, named as one; no person is named.
 * Every page on the way is checked with axe-core.
 */
@BrowserTest
class GroupsJourneyBrowserTest {

    private static final String PARTNERSHIP = "Nottinghamshire Children's Trust";
    private static final String BOARD = "Example Board (illustration)";
    private static final String SCREENSHOTS = System.getProperty("portal.screenshots", "");

    private Browser browser;

    @Test
    void adminEntersABoardBySeatsAndTheOrganisationsTheyRepresent(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin/partnerships");
        click(PARTNERSHIP);
        click("Groups and their seats");
        assertThat(browser.heading()).isEqualTo("Groups");
        click("Add a group");
        browser.type("name", BOARD);
        label("Board").click();
        browser.type("description", "An illustration of a board defined by role, entered to show the forms.");
        save();
        assertThat(browser.heading()).isEqualTo(BOARD);
        assertThat(browser.text("main .govuk-summary-list")).contains("Type", "Board");

        // A seat sent without a role
        click("Add a seat");
        assertThat(browser.texts(".govuk-checkboxes__item")).hasSize(24);
        browser.type("jobTitle", "Typed before the role");
        save();
        shot("member-form-error");
        assertThat(browser.title()).startsWith("Error: Add a seat");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the role, for example Chair");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#role");
        assertThat(field("role").getAttribute("aria-describedby")).contains("role-error");
        assertThat(field("jobTitle").getAttribute("value")).isEqualTo("Typed before the role");
        browser.type("role", "Chair");
        field("jobTitle").clear();
        save();

        addSeat("Director of Children's Services", "Nottinghamshire County Council");
        addSeat("District council representative", "Ashfield District Council", "Mansfield District Council");

        // The same role again is refused, naming it
        click("Add a seat");
        browser.type("role", "chair");
        save();
        assertThat(browser.text(".govuk-error-summary")).contains("This group already has a seat 'Chair'");
        click("Cancel");

        shot("group");
        assertThat(browser.texts("#members tbody th")).containsExactly("Chair", "Director of Children's Services",
                "District council representative");
        assertThat(browser.texts("#members tbody tr").get(0)).contains("Vacant");
        assertThat(browser.texts("#members tbody tr").get(1)).contains("Nottinghamshire County Council");
        assertThat(browser.texts("#members tbody tr").get(2)).contains("Ashfield District Council", "Mansfield District Council");

        // The list of groups counts the seats
        click("Back");
        assertThat(browser.driver().findElements(By.cssSelector("main tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith(BOARD)).findFirst().orElseThrow()).isEqualTo(BOARD + " Board 3");

        // Deleting the board says its seats go with it
        click(BOARD);
        click("Delete this group");
        assertThat(browser.text("main")).contains("Its 3 seats will be deleted with it.");
        save();
        assertThat(browser.heading()).isEqualTo("Groups");
        assertThat(browser.text("main")).doesNotContain(BOARD);
    }

    private void addSeat(String role, String... organisations) {
        click("Add a seat");
        browser.type("role", role);
        for (String organisation : organisations) {
            label(organisation).click();
        }
        save();
        assertThat(browser.texts("#members tbody th")).contains(role);
    }

    private WebElement field(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private WebElement label(String text) {
        return browser.driver().findElements(By.cssSelector("main label")).stream()
                .filter(label -> text.equals(label.getText().strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No label '" + text + "' on " + browser.path()));
    }

    private void click(String linkText) {
        browser.driver().findElements(By.cssSelector("main a, .govuk-back-link")).stream()
                .filter(link -> linkText.equals(link.getAttribute("textContent").strip().replaceAll("\\s+", " ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + linkText + "' on " + browser.path()))
                .click();
        browser.assertAccessible();
    }

    private void save() {
        browser.driver().findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        browser.assertAccessible();
    }

    private void shot(String name) {
        if (!SCREENSHOTS.isEmpty()) {
            browser.screenshot(Path.of(SCREENSHOTS, name + ".png"));
        }
    }
}
