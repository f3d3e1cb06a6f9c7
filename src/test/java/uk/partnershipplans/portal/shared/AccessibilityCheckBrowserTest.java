package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

/** The browser tests' accessibility check fails when a page breaks a WCAG rule: it is not a check that cannot fail. */
@BrowserTest
class AccessibilityCheckBrowserTest {

    @Test
    void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFails(Browser browser) {
        browser.visit("/login");
        browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<input type=\"text\" id=\"unlabelled\"><img src=\"/favicon.ico\" id=\"no-text\">')");

        assertThatThrownBy(browser::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Accessibility violations")
                .hasMessageContaining("label")
                .hasMessageContaining("image-alt")
                .hasMessageContaining("#unlabelled");
    }
}
