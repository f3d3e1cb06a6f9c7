package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2014;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.Browser;
import uk.partnershipplans.portal.support.BrowserTest;

/**
 * Board members (and officers) read both example plans as the council papers print them, following links from the
 * home page; every page is checked with axe-core on the way.
 */
@BrowserTest
class PlanReadingBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The first column of the 2013-14 tables, which heads four priorities together. */
    private static final String EARLY_HELP_COLUMN = "3.1, 3.4, 3.5 and 3.6";
    private static final String PRIORITY_3_1 = "Continue to improve our early help services to ensure that children, young people "
            + "and families in the greatest need receive appropriate support";
    private static final String HUB = "Establish the Integrated Commissioning Hub, to be fully operational by September 2013";
    private static final String NEET = "Percentage of young people in academic years 12-14 not in education, employment or training";
    private static final String SINGLE_ASSESSMENT = "Number of families with a single assessment for Education and Healthcare Plan";

    @Test
    void boardMemberReadsTheirPartnershipItsBoardAndTheHistoryOfAPriority(Browser browser) {
        browser.signIn("board", "demo");
        click(browser, "About Nottinghamshire Children's Trust: its chair, vision, members and groups");
        assertThat(browser.heading()).isEqualTo("Nottinghamshire Children's Trust");
        assertThat(browser.text("#partnership-members")).contains("Nottinghamshire County Council");
        click(browser, "Nottinghamshire Children's Trust Board");
        assertThat(browser.heading()).isEqualTo("Nottinghamshire Children's Trust Board");

        browser.visit("/plans");
        click(browser, PLAN_2011);
        click(browser, "History of changes");
        assertThat(browser.heading()).isEqualTo("History of " + PLAN_2011);
        assertThat(mainText(browser)).contains("system");
        browser.visit("/plans");
        click(browser, PLAN_2011);
        click(browser, "Year 2013-14");
        // approved, not published, in the test databases (support/DemoYearsOpen)
        assertThat(browser.text("#year-status")).isEqualTo("Approved");
        click(browser, PRIORITY_3_1);
        click(browser, "History of changes");
        assertThat(browser.heading()).isEqualTo("History of 3.1 " + PRIORITY_3_1);
    }

    @Test
    void boardMemberReadsThe2013To14YearFromTheHomePageToAnIndicator(Browser browser) {
        browser.signIn("board", "demo");
        assertThat(browser.heading()).isEqualTo("Plans to review");

        click(browser, PLAN_2011);
        assertThat(browser.heading()).isEqualTo(PLAN_2011);
        assertThat(mainText(browser)).contains("Published", "We want Nottinghamshire to be a place where children are safe",
                "Child protection", "The importance of early help", "About the Children's Trust",
                "Nottinghamshire Youth Crime Strategy for 2010-13");
        assertThat(browser.texts("table:has(caption) tbody th")).contains("Jobcentre Plus", "Nottinghamshire Police",
                "Networking Action with Voluntary Organisations");

        click(browser, "Year 2013-14");
        assertThat(browser.heading()).isEqualTo("Plan year 2013-14");
        assertThat(browser.texts("main table tbody th")).hasSize(7).contains(PRIORITY_3_1,
                "Improve children and young people's emotional wellbeing");

        click(browser, PRIORITY_3_1);
        assertThat(browser.heading()).isEqualTo("3.1 " + PRIORITY_3_1);
        assertThat(browser.texts("main h2")).containsSubsequence("Why this matters", "What we did in 2012-13",
                "What we will do in 2013-14", "When we will do this",
                "How this will improve the lives of children, young people and families", "Related strategies and links",
                "Actions", "Milestones", "Indicators");
        assertThat(link(browser, "Nottinghamshire Pathway to Provision").getAttribute("href"))
                .isEqualTo("http://www.nottinghamshire.gov.uk/pathwaytoprovision");
        WebElement change = link(browser, "Change this priority");
        assertThat(change.getAttribute("href")).matches(".*/priorities/\\d+/edit");
        assertThat(spoken(browser, change)).isEqualTo("Change this priority 3.1");
        assertThat(cells(row(browser, "Publish the Nottinghamshire Early Help Strategy in autumn 2013")))
                .containsExactly("Publish the Nottinghamshire Early Help Strategy in autumn 2013", "autumn 2013", "30 November 2013",
                        "Not reported yet");
        assertThat(browser.text("#standing")).isEqualTo("Status: Red Position at 31 March 2014, the last day of the year: "
                + "the year has ended. See the year’s dashboard");
        assertThat(cells(row(browser, "establish an early help unit")))
                .contains("by September 2013\n30 September 2013", "Not done yet", "Action 2");
        assertThat(cells(row(browser, NEET))).containsExactly(NEET, "Primary indicator", "2.5% (provisional)", "2012/13 annual");
        assertThat(cells(row(browser, SINGLE_ASSESSMENT))).contains("Additional indicator", "New indicator", "Quarterly");

        click(browser, HUB);
        assertThat(browser.heading()).isEqualTo("Action 17");
        assertThat(summary(browser)).containsEntry("What we will do", HUB).containsEntry("Target", "by September 2013")
                .containsEntry("Target date", "30 September 2013");
        assertThat(browser.texts("main dd a")).as("the first column of section 3.8 heads 3.1, 3.4, 3.5 and 3.6 together")
                .containsExactly("3.1 " + PRIORITY_3_1,
                "3.2 Sustain and build on improvements made in safeguarding",
                "3.3 Improve the effectiveness of services for disabled children",
                "3.4 Implement the Child and Family Poverty Strategy for Nottinghamshire",
                "3.5 Reduce achievement gap at all key stages",
                "3.6 Raise achievement at age 16-19 and promote employment for young adults aged 18-24",
                "3.7 Improve children and young people's emotional wellbeing");
        assertThat(browser.text("#standing")).startsWith("Status: Overdue Position at 31 March 2014");
        assertThat(link(browser, "Change this action").getAttribute("href")).matches(".*/actions/\\d+/edit");

        click(browser, "3.1 " + PRIORITY_3_1);
        click(browser, NEET);
        assertThat(browser.heading()).isEqualTo(NEET);
        assertThat(summary(browser)).containsEntry("Unit", "Percentage").containsEntry("Which way is better", "Lower is better");
        assertThat(cells(row(browser, "2012/13 annual"))).startsWith("2012/13 annual", "2.5% (provisional)");
        assertThat(cells(row(browser, PLAN_2011 + ", 2013-14"))).containsExactly(PLAN_2011 + ", 2013-14",
                "Supplementary indicator", "", "");
        assertThat(cells(row(browser, "3.1 " + PRIORITY_3_1))).contains("Primary indicator");
    }

    @Test
    void theActionMatrixOf2013To14TicksThePrioritiesOfEachAction(Browser browser) {
        browser.signIn("board", "demo");
        click(browser, "Year 2013-14");
        click(browser, "Actions by priority");
        assertThat(browser.heading()).isEqualTo("Actions by priority, 2013-14");

        WebElement table = browser.driver().findElement(By.cssSelector("main table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Actions for 2013-14 and the priorities they contribute to");
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).as("the document's four columns of priorities")
                .hasSize(2 + 4);
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]")).get(2).getText())
                .startsWith(EARLY_HELP_COLUMN + "\nImplement Nottinghamshire's Early Intervention and Prevention Strategy");
        assertThat(table.findElements(By.cssSelector("tbody th[scope=row]"))).hasSize(17);
        WebElement scroller = browser.driver().findElement(By.cssSelector(".portal-table-scroll"));
        assertThat(scroller.getAttribute("tabindex")).isEqualTo("0");
        assertThat(scroller.getAttribute("aria-labelledby")).isEqualTo(table.findElement(By.tagName("caption")).getAttribute("id"));

        Map<String, WebElement> hub = cellsByColumn(table, HUB);
        for (String priority : List.of(EARLY_HELP_COLUMN, "3.2", "3.3", "3.7")) {
            assertThat(visible(browser, hub.get(priority))).isEqualTo("✓");
            assertThat(spoken(browser, hub.get(priority))).isEqualTo("contributes to priority " + priority);
        }
        Map<String, WebElement> mash = cellsByColumn(table, "Support the embedding of the MASH");
        assertThat(visible(browser, mash.get("3.2"))).isEqualTo("✓");
        assertThat(mash.get(EARLY_HELP_COLUMN).getAttribute("textContent")).isBlank();
        assertThat(mash.get("3.3").getAttribute("textContent")).isBlank();
    }

    @Test
    void theIndicatorSummaryOf2013To14MarksPrimaryAndAdditionalIndicators(Browser browser) {
        browser.signIn("board", "demo");
        click(browser, "Year 2013-14");
        click(browser, "Indicator summary");
        assertThat(browser.heading()).isEqualTo("Indicator summary, 2013-14");
        assertThat(summary(browser)).containsEntry("Two ticks (✓✓)", "Priority for which this is a primary performance indicator")
                .containsEntry("One tick (✓)", "Priority for which this is an additional performance indicator");
        assertThat(browser.texts("main caption")).containsExactly("Key outcome indicators", "Supplementary performance indicators");

        WebElement keyOutcomes = table(browser, "Key outcome indicators");
        assertThat(keyOutcomes.findElements(By.cssSelector("tbody tr"))).hasSize(6);
        Map<String, WebElement> singleAssessment = cellsByColumn(keyOutcomes, SINGLE_ASSESSMENT);
        assertThat(visible(browser, singleAssessment.get("Reporting period"))).isEqualTo("Quarterly");
        assertThat(visible(browser, singleAssessment.get("Current performance"))).isEqualTo("New indicator");
        assertThat(visible(browser, singleAssessment.get("3.3"))).isEqualTo("✓✓");
        assertThat(spoken(browser, singleAssessment.get("3.3"))).isEqualTo("primary indicator for 3.3");
        assertThat(spoken(browser, singleAssessment.get(EARLY_HELP_COLUMN)))
                .isEqualTo("additional indicator for 3.1, 3.4, 3.5 and 3.6");
        assertThat(singleAssessment.get("3.7").getAttribute("textContent")).isBlank();
        Map<String, WebElement> breastFeeding = cellsByColumn(keyOutcomes, "Breast-feeding prevalence rates at 6-8weeks (Notts NHS)");
        assertThat(visible(browser, breastFeeding.get("Current performance"))).isEqualTo("To be confirmed");
        assertThat(cellsByColumn(keyOutcomes, "First time entrants").get("Current performance").getText()).isEqualTo("292 per 100,000");

        WebElement supplementary = table(browser, "Supplementary performance indicators");
        assertThat(supplementary.findElements(By.cssSelector("tbody tr"))).hasSize(16);
        Map<String, WebElement> neet = cellsByColumn(supplementary, NEET);
        assertThat(visible(browser, neet.get("Reporting period"))).isEqualTo("2012/13 annual");
        assertThat(visible(browser, neet.get("Current performance"))).isEqualTo("2.5% (provisional)");
        assertThat(visible(browser, neet.get(EARLY_HELP_COLUMN))).isEqualTo("✓✓");
        assertThat(browser.text("main .portal-footnote")).isEqualTo("* This includes child poverty, closing the gaps, "
                + "achievement at age 16-19 and employment for young adults");
        assertThat(cellsByColumn(supplementary, "The number of contacts made to Children's Social Care").get("Current performance")
                .getText()).isEqualTo("15,642");
    }

    @Test
    void boardMemberReadsThe2014To16PlanWithItsHealthAndWellbeingAmbitions(Browser browser) {
        browser.signIn("board", "demo");
        click(browser, PLAN_2014);
        assertThat(mainText(browser)).contains("External frameworks", "Health and Wellbeing Strategy for Nottinghamshire",
                "A GOOD START", "A new operating model for children's services");
        assertThat(browser.texts("table:has(caption) tbody th")).contains("Derbyshire and Nottinghamshire Area Team", "NHS Rushcliffe CCG");

        click(browser, "Year 2014-16");
        assertThat(browser.texts("main table tbody th")).containsExactly("Work together to keep children and young people safe",
                "Improve health outcomes through the integrated commissioning of children's health services",
                "Close the gap in educational attainment",
                "Provide children and young people with the early help support that they need",
                "Deliver integrated services for children and young people with complex needs or disabilities");

        click(browser, "Work together to keep children and young people safe");
        assertThat(browser.texts("main h2")).contains("Why is this important?", "What the data tells us", "Lead responsibility");
        click(browser, "We will deliver the next stage of a comprehensive improvement programme for Children's Social Care "
                + "that will focus on:");
        assertThat(browser.heading()).isEqualTo("Action 3.1.3");
        Map<String, String> action = summary(browser);
        assertThat(action).containsEntry("Target", "April 2015").containsEntry("Target date", "30 April 2015");
        assertThat(action.get("What we will do")).contains("Looked After Children\nDisabled Children's Services,");
        assertThat(action.get("Ambitions it supports: Health and Wellbeing Strategy for Nottinghamshire"))
                .isEqualTo("LIVE WELL & COPE WELL\nWORKING TOGETHER");
        assertThat(action.get("Lead")).contains("Nottinghamshire Safeguarding Children Board");

        click(browser, "Year 2014-16");
        click(browser, "Actions by priority");
        WebElement matrix = browser.driver().findElement(By.cssSelector("main table"));
        assertThat(matrix.findElements(By.cssSelector("tbody th[scope=row]"))).hasSize(33);
        Map<String, WebElement> programme = cellsByColumn(matrix, "We will deliver the next stage");
        assertThat(spoken(browser, programme.get("3.1"))).isEqualTo("contributes to priority 3.1");
        assertThat(programme.get("A GOOD START").getAttribute("textContent")).isBlank();
        assertThat(spoken(browser, programme.get("WORKING TOGETHER"))).isEqualTo("supports WORKING TOGETHER");

        click(browser, "Year 2014-16");
        click(browser, "Indicator summary");
        assertThat(browser.texts("main caption")).containsExactly("Key outcome indicators", "Indicators to be developed");
        WebElement keyOutcomes = table(browser, "Key outcome indicators");
        assertThat(keyOutcomes.findElements(By.cssSelector("tbody tr"))).hasSize(32);
        Map<String, WebElement> childProtection = cellsByColumn(keyOutcomes, "Child protection plan rate per 10,000");
        assertThat(spoken(browser, childProtection.get("3.4"))).isEqualTo("primary indicator for 3.4");
        assertThat(spoken(browser, childProtection.get("Also in Early Help Impact Reports")))
                .isEqualTo("also reported in Early Help Impact Reports");
        assertThat(childProtection.get("Also in Health and Wellbeing Board Local Outcomes Framework").getAttribute("textContent")).isBlank();
        Map<String, WebElement> emotionalWellbeing = cellsByColumn(table(browser, "Indicators to be developed"),
                "We will develop a performance indicator for emotional wellbeing");
        assertThat(visible(browser, emotionalWellbeing.get("Current performance"))).isEqualTo("To be developed");
        assertThat(visible(browser, emotionalWellbeing.get("3.2"))).isEqualTo("✓✓");
    }

    @Test
    void officerReadsThePlansButIsNotOfferedChanges(Browser browser) {
        browser.signIn("officer", "demo");
        assertThat(browser.heading()).isEqualTo("Your updates");

        click(browser, "Read the plans");
        assertThat(browser.heading()).isEqualTo("Plans");
        click(browser, PLAN_2011);
        click(browser, "Year 2013-14");
        click(browser, PRIORITY_3_1);
        assertThat(browser.heading()).isEqualTo("3.1 " + PRIORITY_3_1);
        assertThat(browser.driver().findElements(By.cssSelector("main a")))
                .noneMatch(link -> link.getText().contains("Change"));
        assertThat(browser.text(".govuk-service-navigation__item--active a")).isEqualTo("Plans");

        click(browser, HUB);
        assertThat(browser.heading()).isEqualTo("Action 17");
        assertThat(browser.driver().findElements(By.cssSelector("main a")))
                .noneMatch(link -> link.getText().contains("Change"));
    }

    @Test
    void anUnknownPriorityShowsThePageNotFound(Browser browser) {
        browser.signIn("board", "demo").visit("/priorities/987654321");

        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    @Test
    void theWideTablesScrollInsideThePageOnANarrowScreen(Browser browser) {
        browser.signIn("board", "demo");
        click(browser, "Year 2013-14");
        String year = browser.path();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        for (String table : List.of("/actions", "/indicators")) {
            browser.visit(year + table);
            Boolean pageFits = (Boolean) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
            Boolean tableScrolls = (Boolean) browser.driver().executeScript(
                    "const s = document.querySelector('.portal-table-scroll'); return s.scrollWidth > s.clientWidth");
            assertThat(pageFits).as("the page keeps its width on " + table).isTrue();
            assertThat(tableScrolls).as("the table scrolls inside its region on " + table).isTrue();
        }
    }

    @Test
    void aLongUnbrokenWordInATableWrapsRatherThanWideningThePage(Browser browser) {
        String word = "Unbroken" + "organisationname".repeat(11);
        jdbc.update("insert into partner_organisation (name, kind_id, category)"
                + " values (?, (select min(id) from partner_kind), 'OTHER_PARTNER')", word);
        try {
            browser.signIn("admin", "demo");
            browser.visit("/admin/partners?name=" + word);
            assertThat(mainText(browser)).contains(word);
            Boolean pageFits = (Boolean) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
            assertThat(pageFits).as("the page keeps the screen's width").isTrue();
        } finally {
            jdbc.update("delete from partner_organisation where name = ?", word);
        }
    }

    /** Follows a link in the main content, by its visible text, and checks the page it opens. */
    private static void click(Browser browser, String linkText) {
        browser.press(link(browser, linkText));
    }

    private static WebElement link(Browser browser, String linkText) {
        return browser.driver().findElements(By.cssSelector("main a")).stream()
                .filter(a -> visible(browser, a).equals(linkText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + linkText + "' on " + browser.path() + " among "
                        + browser.driver().findElements(By.cssSelector("main a")).stream().map(a -> "[" + visible(browser, a) + "]").toList()));
    }

    /** The text a sighted person sees: without GOV.UK's visually hidden text, spaces run together. */
    private static String visible(Browser browser, WebElement element) {
        return (String) browser.driver().executeScript("""
                const copy = arguments[0].cloneNode(true);
                copy.querySelectorAll('.govuk-visually-hidden').forEach(hidden => hidden.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim();""", element);
    }

    /** The text a screen reader reads (without what is hidden from it), spaces run together. */
    private static String spoken(Browser browser, WebElement element) {
        return (String) browser.driver().executeScript("""
                const copy = arguments[0].cloneNode(true);
                copy.querySelectorAll('[aria-hidden=true]').forEach(hidden => hidden.remove());
                return copy.textContent.replace(/\\s+/g, ' ').trim();""", element);
    }

    private static String mainText(Browser browser) {
        return browser.text("main");
    }

    /** The first table row whose header cell starts with the text. */
    private static WebElement row(Browser browser, String headerStart) {
        return rowIn(browser.driver().findElement(By.tagName("main")), headerStart);
    }

    private static WebElement rowIn(WebElement scope, String headerStart) {
        return scope.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th[scope=row]")).getText().startsWith(headerStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row starting '" + headerStart + "'"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.xpath("./*")).stream().map(WebElement::getText).toList();
    }

    /** The cells of a row by the first line of their column heading (a priority's number, "Current performance" ...). */
    private static Map<String, WebElement> cellsByColumn(WebElement table, String rowHeaderStart) {
        List<String> headings = table.findElements(By.cssSelector("thead th")).stream()
                .map(th -> th.getText().split("\n")[0]).toList();
        List<WebElement> cells = rowIn(table, rowHeaderStart).findElements(By.xpath("./*"));
        assertThat(cells).hasSameSizeAs(headings);
        return IntStream.range(0, headings.size()).boxed().collect(Collectors.toMap(headings::get, cells::get));
    }

    private static WebElement table(Browser browser, String caption) {
        return browser.driver().findElements(By.cssSelector("main table")).stream()
                .filter(t -> t.findElement(By.tagName("caption")).getText().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No table '" + caption + "'"));
    }

    /** The page's summary lists as key to value. */
    private static Map<String, String> summary(Browser browser) {
        return browser.driver().findElements(By.cssSelector("main .govuk-summary-list__row")).stream()
                .collect(Collectors.toMap(row -> row.findElement(By.cssSelector("dt")).getText(),
                        row -> row.findElement(By.cssSelector("dd")).getText(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
