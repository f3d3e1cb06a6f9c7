package uk.partnershipplans.portal.plan.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules behind the reading pages: short titles, safe links, number order, "also reported in" places. */
class PlanPagesRulesTest {

    @Test
    void aLongPriorityTitleIsCutAtAWordForAColumnHeading() {
        PriorityRef longTitle = new PriorityRef(1L, "3.1", "Continue to improve our early help services to ensure that children, "
                + "young people and families in the greatest need receive appropriate support");
        PriorityRef shortTitle = new PriorityRef(2L, "3.3", "Close the gap in educational attainment");
        PriorityRef comma = new PriorityRef(4L, "3.4", "Work together with all partners, to keep children safe");

        assertThat(longTitle.shortTitle()).isEqualTo("Continue to improve our early…");
        assertThat(shortTitle.shortTitle()).isEqualTo("Close the gap in educational…");
        assertThat(comma.shortTitle()).isEqualTo("Work together with all partners…");
        assertThat(new PriorityRef(3L, "3.2", "Safeguarding").shortTitle()).isEqualTo("Safeguarding");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(WebLink.of("Strategy", "http://www.nottinghamshire.gov.uk/childpoverty").url())
                .isEqualTo("http://www.nottinghamshire.gov.uk/childpoverty");
        assertThat(WebLink.of("Strategy", " https://example.org/a?b=c ").url()).isEqualTo("https://example.org/a?b=c");
        for (String notAWebAddress : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x",
                "www.nottinghamshire.gov.uk", "http://", "http://exa mple.org", "", null}) {
            WebLink link = WebLink.of("Strategy", notAWebAddress);
            assertThat(link.isLink()).as(String.valueOf(notAWebAddress)).isFalse();
            assertThat(link.title()).isEqualTo("Strategy");
        }
    }

    @Test
    void alsoReportedInListsEachPlaceOnce() {
        assertThat(PlanReader.places("Health and Wellbeing Board Local Outcomes Framework; Early Help Impact Reports"))
                .containsExactly("Health and Wellbeing Board Local Outcomes Framework", "Early Help Impact Reports");
        assertThat(PlanReader.places(" Early Help Impact Reports ;; Early Help Impact Reports")).containsExactly("Early Help Impact Reports");
        assertThat(PlanReader.places(null)).isEqualTo(List.of());
        assertThat(PlanReader.places("  ")).isEqualTo(List.of());
    }
}
