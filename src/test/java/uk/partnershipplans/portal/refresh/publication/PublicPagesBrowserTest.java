package uk.partnershipplans.portal.refresh.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

/**
 * In a real Chromium, signed out, with axe-core on every page: a member of the public goes from the sign-in page to
 * the published plans and reads every page of a published year, its priority, tables, equality impact assessment and
 * committee report, on a wide screen and a narrow one.
 */
@BrowserTest
class PublicPagesBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Publications publications;

    @Test
    void aMemberOfThePublicReadsEveryPageOfAPublishedYearWithoutSigningIn(Browser browser) {
        PublicFixture fixture = PublicFixture.make(jdbc);
        fixture.standAt(fixture.year, "PUBLISHED");
        publications.publish(fixture.year, "admin");
        String year = "/public/plan-years/" + fixture.year;

        browser.visit("/login");
        browser.click("Read published plans without signing in");
        assertThat(browser.heading()).isEqualTo("Published plans");
        assertThat(browser.texts("main h3")).contains(fixture.name + " Plan");
        assertThat(browser.driver().findElements(By.cssSelector(".govuk-service-navigation"))).isEmpty();

        browser.visit(year);
        browser.shot("public-plan-year");
        assertThat(browser.heading()).isEqualTo(fixture.name + " Plan: Public 2013-14");
        assertThat(browser.text("#public-standing")).contains("Published");
        assertThat(browser.texts("#public-contents li")).contains("1 PUBLIC-PRIORITY",
                "Summary of actions planned for Public 2013-14", "Summary of performance indicators for Public 2013-14",
                "Equality impact assessment", "Committee reports", "Download the plan as a PDF");

        browser.click("1 PUBLIC-PRIORITY");
        assertThat(browser.path()).isEqualTo(year + "/priorities/" + fixture.priority);
        assertThat(browser.texts("main h2")).contains("Why this matters", "Actions", "Indicators");
        browser.click("Summary of actions planned for Public 2013-14");
        assertThat(browser.texts("#actions-table tbody tr")).singleElement().asString().contains(PublicFixture.ACTION);
        browser.driver().manage().window().setSize(new Dimension(320, 1024));
        browser.assertAccessible(); // the table scrolls sideways in its own region, the contents go under the page
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        browser.click("Summary of performance indicators for Public 2013-14");
        assertThat(browser.text("main")).contains(PublicFixture.INDICATOR, "61.5%");
        browser.click("Equality impact assessment");
        assertThat(browser.text("main")).contains(PublicFixture.EQUALITY);
        browser.click("Committee reports");
        browser.click("Public progress report");
        assertThat(browser.text("#public-paper")).contains(PublicFixture.PAPER);
        browser.click("Back");
        assertThat(browser.path()).isEqualTo(year + "/reports");

        fixture.standAt(fixture.year, "SUPERSEDED");
        browser.visit(year);
        assertThat(browser.text("#public-superseded")).contains("superseded");
    }
}
