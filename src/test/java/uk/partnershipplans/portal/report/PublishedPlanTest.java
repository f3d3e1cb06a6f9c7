package uk.partnershipplans.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import uk.partnershipplans.portal.plan.PublishedPlans;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.Page;
import uk.partnershipplans.portal.support.PdfUa;
import uk.partnershipplans.portal.support.WordFile;
import uk.partnershipplans.portal.support.SecondPartnership;

/**
 * The published plan of the demo 2013-14 year, as a page and as a PDF, laid out as the printed refresh of the plan:
 * what the plan says, its partners, ambition and themes, each priority with its narrative, the summary of actions, the
 * indicator table and the work the partnership supports; and the parts the demo plan lacks, from a plan that has them.
 */
@IntegrationTest
class PublishedPlanTest {

    private static final String SAFEGUARDING = "3.2 Sustain and build on improvements made in safeguarding";
    private static final String SAFEGUARDING_NARRATIVE = "Children and young people need to feel safe so that they can "
            + "achieve their full potential. All partner organisations have a role in safeguarding children, with Children's "
            + "Social Care leading on the protection of the most vulnerable children.";
    private static final String ACTIONS_CAPTION = "Actions for 2013-14 and the priorities they contribute to";
    private static final String FIRST_ACTION = "Publish the Nottinghamshire Early Help Strategy in autumn 2013";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    PublishedPlans plans;

    private long year;

    @BeforeEach
    void demoYear() {
        year = DemoData.year2013(jdbc);
    }

    @Test
    void thePageLaysOutThePlanInTheOrderOfThePrintedPlan() throws Exception {
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/published").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.h1()).isEqualTo("Published plan: 2013-14");
        assertThat(page.textOf("published-of")).isEqualTo("The joint strategic plan of Nottinghamshire Children's Trust.");
        assertThat(page.texts("main h2")).as("no strategic objectives and no references: the demo plan has none")
                .containsExactly("Contents", "About the plan", "Partners", "Our ambition", "Key themes",
                        "Cross-cutting principles", "Priorities for action", "Summary of actions planned for 2013-14",
                        "Summary of performance indicators for 2013-14", "Other work the partnership supports",
                        "Equality impact assessment: This plan");
        assertThat(page.texts("main h3")).contains("About the Children's Trust", "Relevant partners", "Other partners",
                "1. The importance of early help", SAFEGUARDING, "Nottinghamshire Obesity Strategy");
        assertThat(page.texts("#relevant-partners li")).hasSize(14)
                .contains("Nottinghamshire County Council", "Nottinghamshire Police", "Jobcentre Plus");
        assertThat(page.texts("#other-partners li")).containsExactly("Networking Action with Voluntary Organisations");
        assertThat(page.texts("#themes-list li"))
                .containsExactly("Child protection", "Education and attainment", "Health and Wellbeing", "Participation");

        assertThat(page.count("h3[id^=priority-]")).isEqualTo(7);
        assertThat(page.linksTo(SAFEGUARDING)).singleElement().asString().startsWith("/priorities/");
        assertThat(page.document().select("h3[id^=priority-]:contains(3.2 Sustain) ~ h4").eachText())
                .startsWith("Why this matters", "What we did in 2012-13", "What we will do in 2013-14");
        assertThat(page.texts("main p")).contains(SAFEGUARDING_NARRATIVE);
        assertThat(page.texts("main li")).as("a priority's link, its address written out")
                .contains("Nottinghamshire Pathway to Provision: http://www.nottinghamshire.gov.uk/pathwaytoprovision");

        List<List<String>> actions = page.table(ACTIONS_CAPTION);
        assertThat(actions).hasSize(17);
        assertThat(actions.get(0)).as("ticked for the early help group and safeguarding, as section 3.8 does")
                .containsExactly(FIRST_ACTION, "autumn 2013", "Yes", "Yes", "", "");
        assertThat(page.select("#actions-table thead th").eachText()).containsExactly("Action", "Target",
                "3.1, 3.4, 3.5 and 3.6 Implement Nottinghamshire's Early Intervention and Prevention Strategy, including: "
                        + "- Implement the child poverty strategy - Reduce the achievement gaps at all key stages - Raise "
                        + "achievement age 16-19 and promote employment for young adults aged 18-24",
                "3.2 Sustain and build on…", "3.3 Improve the effectiveness of…",
                "3.7 Improve children and young…");
        assertThat(page.linksTo(FIRST_ACTION)).singleElement().asString().startsWith("/actions/");

        List<List<String>> keyOutcomes = page.table("Key outcome indicators");
        assertThat(keyOutcomes).hasSize(6).anySatisfy(row -> assertThat(row)
                .containsExactly("Under 18 conception rate", "2011 annual", "31.9 per 1,000", "Primary", "", "", ""));
        assertThat(page.table("Supplementary performance indicators")).anySatisfy(row -> assertThat(row)
                .startsWith("Percentage of re-referrals to Children's Social Care", "2012/13 annual",
                        "25.6% (provisional)", "Additional", "Primary"));
        assertThat(page.texts("main p")).contains(
                "* This includes child poverty, closing the gaps, achievement at age 16-19 and employment for young adults",
                "✓✓ (primary): priority for which this is a primary performance indicator.");
        assertThat(page.select("#indicators-key_outcome tbody td [aria-hidden=true]").eachText())
                .as("the marks are shown, and said in words").contains("✓✓", "✓");
    }

    @Test
    void thePdfIsAccessibleAndReadsAsThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/published.pdf")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"children-young-people-and-families-plan-2011-14-2013-14.pdf\"");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(PdfUa.failedRules(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Children, Young People and Families Plan 2011-14: 2013-14");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            List<String> structure = new ArrayList<>();
            structureOf(document.getDocumentCatalog().getStructureTreeRoot(), structure);
            assertThat(structure).as("tagged headings, lists and tables with header cells")
                    .contains("H1", "H2", "H3", "H4", "L", "LI", "Table", "Caption", "THead", "TH", "TD");
            assertThat(structure.stream().filter("Table"::equals).count())
                    .as("actions, key outcome, supplementary and the equality impact assessment's findings").isEqualTo(4);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Children, Young People and Families Plan 2011-14: 2013-14", "About the plan",
                    "Networking Action with Voluntary Organisations", "Priorities for action", SAFEGUARDING,
                    SAFEGUARDING_NARRATIVE, ACTIONS_CAPTION, FIRST_ACTION, "Key outcome indicators",
                    "Under 18 conception rate", "31.9 per 1,000", "√√ Primary", "Nottinghamshire Obesity Strategy",
                    "http://www.nottinghamshire.gov.uk/pathwaytoprovision");
            List<String> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).as("the addresses the plan gives, and no link into the portal").isNotEmpty()
                    .allSatisfy(uri -> assertThat(uri).startsWith("http"));
        }
    }

    @Test
    void theWordDocumentHasThePlansHeadingsAndTablesAndReadsAsThePage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/plan-years/" + year + "/published.docx")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk()).andReturn().getResponse();
        Page page = Page.of(mvc.perform(get("/plan-years/" + year + "/published").with(user("board").roles("BOARD")))
                .andReturn());

        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"children-young-people-and-families-plan-2011-14-2013-14.docx\"");
        assertThat(page.attr("published-word", "href")).isEqualTo("/plan-years/" + year + "/published.docx");
        try (WordFile word = WordFile.of(response.getContentAsByteArray())) {
            assertThat(word.title()).isEqualTo("Children, Young People and Families Plan 2011-14: 2013-14");
            assertThat(word.language()).isEqualTo("en-GB");
            assertThat(word.headings(2)).containsExactlyElementsOf(page.texts("main h2").stream()
                    .filter(heading -> !heading.equals("Contents")).toList());
            assertThat(word.headings(3)).contains("Relevant partners", SAFEGUARDING);
            assertThat(word.headings(4)).contains("Why this matters", "What we will do in 2013-14");
            assertThat(word.text()).contains(SAFEGUARDING_NARRATIVE, "Networking Action with Voluntary Organisations");
            assertThat(word.tables()).extracting(WordFile.Table::caption)
                    .containsExactly(ACTIONS_CAPTION, "Key outcome indicators", "Supplementary performance indicators",
                            "Findings of “The table below identifies the key findings from our Equality Impact Assessment”"
                                    + " for each protected characteristic and group");
            assertThat(word.tables()).allSatisfy(table -> assertThat(table.headerRows()).isEqualTo(1));
            assertThat(word.tables().get(1).rows()).anySatisfy(row -> assertThat(row)
                    .startsWith("Under 18 conception rate", "2011 annual", "31.9 per 1,000"));
        }
    }

    @Test
    void aPlanWithObjectivesAndReferencesShowsThemAndNoEmptyPart() throws Exception {
        SecondPartnership city = SecondPartnership.in(jdbc);
        Page page = Page.of(mvc.perform(get("/plan-years/" + city.id("plan-years") + "/published")
                .with(user(SecondPartnership.BOARD).roles("BOARD"))).andExpect(status().isOk()).andReturn());

        assertThat(page.texts("main h2")).containsExactly("Contents", "About the plan", "Partners", "Key themes",
                "Strategic objectives", "Cross-cutting principles", "Priorities for action",
                "Summary of actions planned for Test City 2013-14",
                "Summary of performance indicators for Test City 2013-14", "Other work the partnership supports",
                "Equality impact assessment: Test City plan", "References to related planning or policy information");
        assertThat(page.texts("main h3")).contains("SO1 Test City strategic objective");
        assertThat(page.texts("main li")).contains("(1) Test City operational objective Served by priority 1.")
                .contains("Test City strategy (March 2013)");
        assertThat(page.select("#actions-table thead th").eachText()).contains("1 and 2 Test City heading");
    }

    /**
     * The HTML the PDF is made from, which a Word document is to be made from too, holds only what every format reads
     * alike: headings, paragraphs, lists, tables with a caption, a header row and header cells, links, strong, em, br.
     */
    @Test
    void theDocumentIsWrittenWithHeadingsParagraphsListsTablesAndLinksOnly() {
        for (long yearId : List.of(year, SecondPartnership.in(jdbc).id("plan-years"))) {
            Context context = new Context(Locale.UK, Map.of("published", plans.ofYear(yearId).orElseThrow(), "pdf", true));
            Document html = Jsoup.parse(templates.process("report/published-plan-document", context));

            assertThat(html.body().select("*").stream().map(Element::tagName).distinct())
                    .isSubsetOf("body", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "caption", "thead",
                            "tbody", "tr", "th", "td", "a", "strong", "em", "br")
                    .contains("h2", "table", "th");
            assertThat(html.select("table")).allSatisfy(table -> {
                assertThat(table.select("> caption").text()).isNotBlank();
                assertThat(table.select("> thead th")).isNotEmpty().allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
                assertThat(table.select("> tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
            });
            assertThat(html.select("a")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
        }
    }

    @Test
    void aYearThatDoesNotExistHasNoPublishedPlan() throws Exception {
        mvc.perform(get("/plan-years/999999/published").with(user("board").roles("BOARD"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/999999/published.docx").with(user("board").roles("BOARD")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plan-years/999999/published.pdf").with(user("board").roles("BOARD")))
                .andExpect(status().isNotFound());
    }

    /** The structure types under {@code node}, depth first. */
    private static void structureOf(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                structureOf(element, types);
            }
        }
    }
}
