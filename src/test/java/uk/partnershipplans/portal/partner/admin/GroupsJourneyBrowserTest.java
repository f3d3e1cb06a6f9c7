package uk.partnershipplans.portal.partner.admin;

import static org.assertj.core.api.Assertions.assertThat;

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

    private Browser browser;

    @Test
    void adminEntersABoardBySeatsAndTheOrganisationsTheyRepresent(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.visit("/admin/partnerships");
        browser.click(PARTNERSHIP);
        browser.click("Groups and their seats");
        assertThat(browser.heading()).isEqualTo("Groups");
        browser.click("Add a group");
        browser.type("name", BOARD);
        label("Board").click();
        browser.type("description", "An illustration of a board defined by role, entered to show the forms.");
        browser.save();
        assertThat(browser.heading()).isEqualTo(BOARD);
        assertThat(browser.text("main .govuk-summary-list")).contains("Type", "Board");

        // A seat sent without a role
        browser.click("Add a seat");
        assertThat(browser.texts(".govuk-checkboxes__item"))
                .as("the vacant box, and one for each of the partnership's 24 members").hasSize(25)
                .startsWith("The seat is vacant");
        browser.type("jobTitle", "Typed before the role");
        browser.save();
        browser.shot("member-form-error");
        assertThat(browser.title()).startsWith("Error: Add a seat");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the role, for example Chair");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#role");
        assertThat(field("role").getAttribute("aria-describedby")).contains("role-error");
        assertThat(field("jobTitle").getAttribute("value")).isEqualTo("Typed before the role");
        browser.type("role", "Chair");
        field("jobTitle").clear();
        label("The seat is vacant").click(); // as the documents say: the chair is to be appointed
        browser.save();

        addSeat("Director of Children's Services", "Nottinghamshire County Council");
        addSeat("District council representative", "Ashfield District Council", "Mansfield District Council");

        // The same role again is refused, naming it
        browser.click("Add a seat");
        browser.type("role", "chair");
        browser.save();
        assertThat(browser.text(".govuk-error-summary")).contains("This group already has a seat 'Chair'");
        browser.click("Cancel");

        browser.shot("group");
        assertThat(browser.texts("#members tbody th")).containsExactly("Chair", "Director of Children's Services",
                "District council representative");
        assertThat(browser.texts("#members tbody tr").get(0)).contains("Vacant");
        assertThat(browser.texts("#members tbody tr").get(1)).contains("Not named in the documents");
        assertThat(browser.texts("#members tbody tr").get(1)).contains("Nottinghamshire County Council");
        assertThat(browser.texts("#members tbody tr").get(2)).contains("Ashfield District Council", "Mansfield District Council");

        // The list of groups counts the seats
        browser.click("Back");
        assertThat(browser.driver().findElements(By.cssSelector("main tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith(BOARD)).findFirst().orElseThrow()).isEqualTo(BOARD + " Board 3");

        // Deleting the board says its seats go with it
        browser.click(BOARD);
        browser.click("Delete this group");
        assertThat(browser.text("main")).contains("Its 3 seats will be deleted with it.");
        browser.save();
        assertThat(browser.heading()).isEqualTo("Groups");
        assertThat(browser.text("main")).doesNotContain(BOARD);
    }

    private void addSeat(String role, String... organisations) {
        browser.click("Add a seat");
        browser.type("role", role);
        for (String organisation : organisations) {
            label(organisation).click();
        }
        browser.save();
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

}
