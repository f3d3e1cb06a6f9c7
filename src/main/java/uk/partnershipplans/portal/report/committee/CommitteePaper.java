package uk.partnershipplans.portal.report.committee;

import java.util.ArrayList;
import java.util.List;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A committee report laid out as the councils' standard form lays it out: its sections in order, their paragraphs
 * numbered from 1 to the end of the paper (a bullet list belongs to the numbered paragraph before it), the summary of
 * progress as the last paragraph of "Information and advice", and each implication under its own heading. The
 * recommendations are numbered on their own.
 *
 * @param summaryNumber the number of the summary's paragraph
 */
record CommitteePaper(CommitteeReport report, YearFacts year, List<Section> sections, int summaryNumber,
        List<Section> implications, List<Section> comments, List<Recommendation> recommendations) {

    /** A section: its heading's message key (or its own heading, for an implication), and its numbered paragraphs. */
    record Section(String id, String headingKey, String heading, List<Numbered> paragraphs) {
    }

    /** A paragraph with its number, or a list without one. */
    record Numbered(Integer number, Narrative.Block block) {
    }

    static CommitteePaper of(CommitteeReport report, YearFacts year, List<Implication> implications,
            List<Recommendation> recommendations) {
        Counter counter = new Counter();
        List<Section> sections = List.of(
                counter.section("purpose", "committee.paper.purpose", report.getPurpose()),
                counter.section("information", "committee.paper.information", report.getInformation()));
        int summary = counter.next();
        List<Section> after = new ArrayList<>(List.of(
                counter.section("other-options", "committee.paper.other-options", report.getOtherOptions()),
                counter.section("reasons", "committee.paper.reasons", report.getReasons()),
                counter.section("implications", "committee.paper.implications", report.getImplications())));
        List<Section> implicationSections = implications.stream()
                .map(i -> new Section("implication-" + i.getId(), null, i.getHeading(), counter.numbered(i.getText())))
                .toList();
        List<Section> comments = List.of(
                counter.section("constitutional-comments", "committee.paper.constitutional-comments",
                        report.getConstitutionalComments()),
                counter.section("financial-comments", "committee.paper.financial-comments", report.getFinancialComments()));
        List<Section> all = new ArrayList<>(sections);
        all.addAll(after);
        return new CommitteePaper(report, year, List.copyOf(all), summary, implicationSections, comments,
                List.copyOf(recommendations));
    }

    /** The sections before the summary of progress (purpose, information and advice). */
    public List<Section> beforeSummary() {
        return sections.subList(0, 2);
    }

    /** The sections after it, up to the implications' general statement. */
    public List<Section> afterSummary() {
        return sections.subList(2, sections.size());
    }

    /** The background papers, one to a line. */
    public List<String> backgroundPapers() {
        return report.getBackgroundPapers() == null ? List.of()
                : report.getBackgroundPapers().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static final class Counter {

        private int number;

        int next() {
            return ++number;
        }

        Section section(String id, String headingKey, String text) {
            return new Section(id, headingKey, null, numbered(text));
        }

        List<Numbered> numbered(String text) {
            return Narrative.parse(text).blocks().stream()
                    .map(block -> new Numbered(block instanceof Narrative.Paragraph ? next() : null, block))
                    .toList();
        }
    }
}
