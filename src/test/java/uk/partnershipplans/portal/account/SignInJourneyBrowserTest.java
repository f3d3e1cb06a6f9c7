package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

@BrowserTest
class SignInJourneyBrowserTest {

    @Autowired
    SignInProperties signIn;

    @Test
    void boardMemberSignsInToThePlansAndSignsOut(Browser browser) {
        browser.signIn("board", "demo");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Plans to review");
        assertThat(browser.texts(".govuk-service-navigation__item:not(.portal-sign-out) a")).containsExactly("Plans");
        assertThat(browser.text(".portal-signed-in-as")).isEqualTo("Signed in as board");
        assertThat(browser.texts(".portal-sign-out a")).containsExactly("Change password");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out.");
    }

    @Test
    void officerSignsInToTheirUpdates(Browser browser) {
        browser.signIn("officer", "demo");

        assertThat(browser.heading()).isEqualTo("Your updates");
        assertThat(browser.texts(".govuk-service-navigation__item:not(.portal-sign-out) a")).containsExactly("My updates", "Plans", "Import figures");
    }

    @Test
    void adminSignsInToAdministration(Browser browser) {
        browser.signIn("admin", "demo");

        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.heading()).isEqualTo("Administration");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-service-navigation__item--active a"))
                .getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkedToTheFieldAndKeepsTheUsername(Browser browser) {
        browser.signIn("board", "wrong password");

        assertThat(browser.title()).isEqualTo("Error: Sign in - Partnership Plans");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct username and password");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#username");
        assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo("board");
        assertThat(browser.driver().findElement(By.id("username")).getAttribute("aria-describedby")).isEqualTo("username-error");
        assertThat(browser.driver().findElement(By.id("username-error")).getText()).contains("Enter a correct username and password");
        assertThat(browser.driver().findElement(By.id("password")).getAttribute("value")).isEmpty();

        browser.type("password", "demo");
        browser.press(browser.driver().findElement(By.cssSelector("main button[type=submit]")));
        assertThat(browser.heading()).isEqualTo("Plans to review");
    }

    @Test
    void tooManyAttemptsFromOneAddressLeadToAnAccessiblePageSayingToWait(Browser browser) {
        int perAddress = signIn.getThrottle().getPerAddress();
        signIn.getThrottle().setPerAddress(1);
        try {
            browser.signIn("nobody", "wrong password");
            browser.type("password", "another wrong password");
            browser.press(browser.driver().findElement(By.cssSelector("main button[type=submit]")));

            assertThat(browser.title()).isEqualTo("Too many sign-in attempts - Partnership Plans");
            assertThat(browser.text("#wait")).isEqualTo("Wait a minute and try again.");
        } finally {
            signIn.getThrottle().setPerAddress(perAddress);
        }
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterwards(Browser browser) {
        browser.visit("/admin");
        assertThat(browser.path()).isEqualTo("/login");

        browser.type("username", "admin");
        browser.type("password", "demo");
        browser.press(browser.driver().findElement(By.cssSelector("main button[type=submit]")));

        assertThat(browser.path()).startsWith("/admin");
    }

    @Test
    void theSkipLinkLeadsToTheMainContent(Browser browser) {
        browser.visit("/login");
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);

        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        assertThat(browser.driver().findElements(By.tagName("main"))).hasSize(1);
    }

    @Test
    void aStaleSessionCookieLeadsToTheSessionEndedPage(Browser browser) {
        browser.visit("/login");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "ended-long-ago"));
        browser.visit("/");

        assertThat(browser.path()).isEqualTo("/session-expired");
        assertThat(browser.heading()).isEqualTo("Your session has ended");
    }
}
