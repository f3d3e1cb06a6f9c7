package uk.partnershipplans.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.shared.Narrative.BulletList;
import uk.partnershipplans.portal.shared.Narrative.Paragraph;

class NarrativeTest {

    @Test
    void anIndentedBulletIsAPointUnderTheItemBeforeIt() {
        Narrative narrative = Narrative.parse("- Early help\n  - children's centres\n\t- family support\n- Safeguarding\n  - on its own");
        assertThat(narrative.blocks()).containsExactly(new BulletList(List.of(
                new Narrative.Item("Early help", List.of("children's centres", "family support")),
                new Narrative.Item("Safeguarding", List.of("on its own")))));
        assertThat(Narrative.parse("  - indented first").blocks()).containsExactly(BulletList.of("indented first"));
    }

    @Test
    void blankLinesSeparateParagraphsAndTheLinesOfAParagraphAreJoined() {
        Narrative narrative = Narrative.parse("We know that early help works.\nIt costs less.\n\nSo we will do more of it.");

        assertThat(narrative.blocks()).containsExactly(
                new Paragraph("We know that early help works. It costs less."),
                new Paragraph("So we will do more of it."));
    }

    @Test
    void linesStartingWithADashAndASpaceAreBulletItemsOfOneList() {
        Narrative narrative = Narrative.parse("- receiving information updates\n- identifying how partners can contribute");

        assertThat(narrative.blocks()).containsExactly(
                BulletList.of("receiving information updates", "identifying how partners can contribute"));
    }

    @Test
    void paragraphsAndListsMixInTheOrderWritten() {
        Narrative narrative = Narrative.parse("""
                Support will include:
                - receiving information updates

                - identifying how partners can contribute

                For these initiatives we will not report progress.
                - one more point
                Closing words.""");

        assertThat(narrative.blocks()).containsExactly(
                new Paragraph("Support will include:"),
                BulletList.of("receiving information updates", "identifying how partners can contribute"),
                new Paragraph("For these initiatives we will not report progress."),
                BulletList.of("one more point"),
                new Paragraph("Closing words."));
    }

    @Test
    void windowsAndOldMacLineEndingsReadLikeNewlines() {
        Narrative narrative = Narrative.parse("First paragraph.\r\n\r\n- one\r\n- two\r\rLast.\r\n");

        assertThat(narrative.blocks()).containsExactly(
                new Paragraph("First paragraph."),
                BulletList.of("one", "two"),
                new Paragraph("Last."));
    }

    @Test
    void surroundingSpacesAreTidiedAndEmptyItemsDroppedAndAnIndentedItemGoesUnderTheOneBefore() {
        Narrative narrative = Narrative.parse("  - NHS England  \n    - Derbyshire and Nottinghamshire Area Team\n-\n   \n");

        assertThat(narrative.blocks()).containsExactly(new BulletList(List.of(
                new Narrative.Item("NHS England", List.of("Derbyshire and Nottinghamshire Area Team")))));
    }

    @Test
    void aDashWithoutASpaceIsOrdinaryText() {
        assertThat(Narrative.parse("-5 degrees\n--- and a rule").blocks())
                .containsExactly(new Paragraph("-5 degrees --- and a rule"));
    }

    @Test
    void markupIsKeptAsTextForTheTemplateToEscape() {
        Narrative narrative = Narrative.parse("<script>alert('x')</script>\n\n- <b>bold</b> & <a href=\"javascript:x\">link</a>");

        assertThat(narrative.blocks()).containsExactly(
                new Paragraph("<script>alert('x')</script>"),
                BulletList.of("<b>bold</b> & <a href=\"javascript:x\">link</a>"));
    }

    @Test
    void nothingOrOnlySpaceIsEmpty() {
        assertThat(Narrative.parse(null).isEmpty()).isTrue();
        assertThat(Narrative.parse(" \n\r\n ").isEmpty()).isTrue();
        assertThat(Narrative.parse("Text").isEmpty()).isFalse();
    }

    @Test
    void theFirstParagraphNamesTheWholeAndTheRestFollows() {
        Narrative action = Narrative.parse("We will deliver an improvement programme that will focus on:\n\n- Looked After Children\n- Workforce Development.");

        assertThat(action.firstParagraph()).isEqualTo("We will deliver an improvement programme that will focus on:");
        assertThat(action.afterFirstParagraph()).containsExactly(BulletList.of("Looked After Children", "Workforce Development."));

        Narrative list = Narrative.parse("- Nottinghamshire Safeguarding Children Board");
        assertThat(list.firstParagraph()).isNull();
        assertThat(list.afterFirstParagraph()).isEqualTo(list.blocks());
    }
}
