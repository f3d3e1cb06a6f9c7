package uk.partnershipplans.portal.account;

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
 * An admin creates an officer's account for a person at a partner organisation (first with a taken username and a
 * too-short password), resets its password; the officer signs in with the one-time password, must choose their own
 * (a common one is refused), and reaches their home page; the admin deactivates the account, after which it cannot
 * sign in; and the only admin can neither be deactivated nor stop being an admin. Every page on the way is checked
 * with axe-core.
 */
@BrowserTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE) // it adds and deactivates accounts
class AccountsJourneyBrowserTest {

    private static final String OWN_PASSWORD = "plum kettle orbit forty two";

    private Browser browser;

    @Test
    void adminCreatesResetsAndDeactivatesAnOfficersAccount(Browser browser) {
        this.browser = browser;
        browser.signIn("admin", "demo");
        browser.click("Accounts");
        assertThat(browser.heading()).isEqualTo("Accounts");
        assertThat(browser.text("#accounts caption")).isEqualTo("3 accounts");

        // A taken username and a too-short password come back together, with what was typed
        browser.click("Create an account");
        browser.type("username", " Admin ");
        browser.type("displayName", "Priya Shah");
        label("Officer").click();
        new Select(field("organisationId")).selectByVisibleText("Ashfield District Council");
        browser.type("jobTitle", "Early help coordinator");
        browser.type("password", "too short");
        browser.save();
        browser.shot("new-account-error");
        assertThat(browser.title()).startsWith("Error: Create an account");
        assertThat(browser.texts(".govuk-error-summary a")).containsExactly(
                "There is already an account with the username 'admin' (Demo Admin)",
                "Select the partnerships they belong to",
                "Password must be at least 12 characters");
        assertThat(field("username").getAttribute("value")).isEqualTo(" Admin ");
        assertThat(field("displayName").getAttribute("value")).isEqualTo("Priya Shah");
        assertThat(field("roles-3").isSelected()).isTrue();
        assertThat(new Select(field("organisationId")).getFirstSelectedOption().getText()).isEqualTo("Ashfield District Council");
        assertThat(field("jobTitle").getAttribute("value")).isEqualTo("Early help coordinator");
        assertThat(field("password").getAttribute("value")).isEmpty();

        browser.type("username", "priya.shah");
        browser.type("password", OWN_PASSWORD);
        label("Nottinghamshire Children's Trust").click();
        browser.save();
        assertThat(browser.heading()).isEqualTo("Account created for Priya Shah");
        assertThat(browser.text("main")).contains("They sign in with the password you set.");
        browser.click("Go to the account");
        assertThat(browser.text("#account-details")).contains("priya.shah", "Officer", "Nottinghamshire Children's Trust",
                "Early help coordinator", "Ashfield District Council", "Active", "must be changed at the next sign-in");
        assertThat(browser.text("#account-details")).as("who it is for, said once")
                .contains("For Priya Shah, Early help coordinator, Ashfield District Council");

        // The admin resets the password: the portal makes one up and shows it once
        browser.click("Reset the password");
        browser.save();
        browser.shot("password-given");
        assertThat(browser.heading()).isEqualTo("Password reset for Priya Shah");
        String oneTime = browser.text("#one-time-password");
        assertThat(oneTime).matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}");
        browser.signOut();

        // The officer must choose their own password before anything else
        browser.signIn("priya.shah", oneTime);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.text("#must-change")).contains("You are signed in with a password an admin gave you");
        browser.visit("/plans");
        assertThat(browser.path()).isEqualTo("/account/password");
        changePassword(oneTime, "password1234");
        browser.shot("change-password-error");
        assertThat(browser.title()).startsWith("Error: Change your password");
        assertThat(browser.texts(".govuk-error-summary a")).containsExactly(
                "Password is too common and easy to guess. Choose one that is not on lists of common passwords, such as three or four random words");
        assertThat(field("newPassword").getAttribute("value")).isEmpty();
        changePassword(oneTime, OWN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Your updates");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your change has been saved.");
        browser.signOut();

        // The admin deactivates the account, after a confirmation
        browser.signIn("admin", "demo");
        browser.visit("/admin/accounts?name=priya");
        browser.click("Priya Shah");
        assertThat(browser.text("#account-details")).contains("Chosen by the account holder");
        browser.click("Deactivate the account");
        browser.shot("deactivate");
        assertThat(browser.heading()).isEqualTo("Deactivate the account of Priya Shah?");
        browser.save();
        assertThat(browser.text("#account-status")).isEqualTo("Deactivated");
        browser.visit("/admin/accounts?status=DEACTIVATED");
        assertThat(browser.texts("#accounts tbody tr td:first-child")).containsExactly("Priya Shah");

        // The only admin can neither be deactivated nor stop being an admin
        browser.visit("/admin/accounts?role=ADMIN");
        browser.click("Demo Admin");
        browser.click("Deactivate the account");
        assertThat(browser.heading()).isEqualTo("You cannot deactivate the account of Demo Admin");
        assertThat(browser.text("#refusal")).isEqualTo(
                "Demo Admin is the only active admin. Make another account an admin first, so that someone can still manage the portal.");
        browser.click("Go back");
        browser.click("Change the account");
        label("Admin (planning team)").click();
        label("Board member").click();
        label("Nottinghamshire Children's Trust").click(); // a board member belongs to a partnership
        new Select(field("organisationId")).selectByVisibleText("Nottinghamshire County Council");
        browser.save();
        assertThat(browser.texts(".govuk-error-summary a")).containsExactly(
                "Demo Admin is the only active admin, so cannot stop being an admin. Make another account an admin first.");
        assertThat(field("roles").isSelected()).isFalse();
        assertThat(field("roles-2").isSelected()).isTrue();
        browser.signOut();

        // Deactivated, the officer's account no longer signs in
        browser.signIn("priya.shah", OWN_PASSWORD);
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text(".govuk-error-summary")).contains("This account has been deactivated");
    }

    private void changePassword(String current, String chosen) {
        browser.type("currentPassword", current);
        browser.type("newPassword", chosen);
        browser.type("confirmPassword", chosen);
        browser.save();
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
