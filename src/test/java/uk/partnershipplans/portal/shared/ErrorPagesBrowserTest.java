package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;
import uk.partnershipplans.portal.support.PortalHttp;

/** The error pages; {@code /test/failure} is {@link uk.partnershipplans.portal.support.FailingEndpoint}, in every web test. */
@BrowserTest
class ErrorPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void unknownAddress(Browser browser) {
        browser.signIn("board", "demo").visit("/plans/does-not-exist");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.title()).isEqualTo("Page not found - Partnership Plans");
        assertThat(signedInHttp("board").get("/plans/does-not-exist").statusCode()).isEqualTo(404);
    }

    @Test
    void forbiddenPage(Browser browser) {
        browser.signIn("officer", "demo").visit("/admin");

        assertThat(browser.heading()).isEqualTo("You do not have access to this page");
        assertThat(signedInHttp("officer").get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void formSentWithAnOutOfDateSecurityToken(Browser browser) {
        browser.signIn("board", "demo");
        browser.driver().executeScript("document.querySelector(\"form[action='/logout'] input[name=_csrf]\").value = 'stale'");
        browser.signOut();

        assertThat(browser.heading()).isEqualTo("The form has expired");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }

    @Test
    void formSentAfterTheSessionEnded(Browser browser) {
        browser.visit("/login");
        browser.driver().manage().deleteAllCookies();
        browser.type("username", "board");
        browser.type("password", "demo");
        browser.press(browser.driver().findElement(By.cssSelector("main button[type=submit]")));

        assertThat(browser.heading()).isEqualTo("Your session has ended");
    }

    @Test
    void unexpectedServerErrorShowsNoInternals(Browser browser) {
        browser.signIn("board", "demo").visit("/test/failure");

        assertThat(browser.heading()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(browser.driver().getPageSource()).doesNotContain("secret internal detail").doesNotContain("at uk.");
        assertThat(signedInHttp("board").get("/test/failure").statusCode()).isEqualTo(500);
    }

    private PortalHttp signedInHttp(String username) {
        PortalHttp http = new PortalHttp(port);
        http.signIn(username, "demo");
        return http;
    }
}
