package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A plan year as the plan is published for it, in the order of the example documents: what the plan says as a whole,
 * its partners, ambition, key themes, objectives and principles, the year's priorities with their narrative, the
 * summary of actions, the indicator table, the work the partnership supports and the documents the plan refers to.
 * Only what the plan holds: a part it does not have is an empty list (or an empty narrative).
 *
 * @param approvedOn the day the year was approved, or null when the documents do not say
 * @param approvedBy the body that approved it, or null
 */
public record PublishedPlan(Year year, String partnershipName, LocalDate startDate, LocalDate endDate,
        LocalDate approvedOn, String approvedBy, List<Section> sections, List<Partner> relevantPartners,
        List<Partner> otherPartners, Narrative ambition, List<Part> themes, List<Objective> objectives,
        List<Part> principles, List<Priority> priorities, ActionTable actions, IndicatorTable indicators,
        List<Initiative> initiatives, List<Reference> references) {

    /** "children-young-people-and-families-plan-2011-14-2013-14": the plan's title and the year, in plain letters. */
    public String filename() {
        String name = (year.plan().title() + " " + year.label()).toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "published-plan" : name;
    }

    /** The year, with its plan. */
    public record Year(Long id, String label, Plan plan) {
    }

    /** {@code period}: "2011-14". */
    public record Plan(Long id, String title, String period) {
    }

    /** A heading and its narrative. */
    public record Section(String heading, Narrative body) {
    }

    /** A partner as the plan names it, with the words the plan adds to its name ({@code qualifier}, or null). */
    public record Partner(String name, String qualifier) {

        /** "Nottinghamshire County Council, including children and families services and public health". */
        public String named() {
            return qualifier == null ? name : name + ", " + qualifier;
        }
    }

    /** A numbered part of the plan: a key theme or a cross-cutting principle. */
    public record Part(String number, String title, Narrative description) {
    }

    public record Objective(String number, String title, Narrative description, List<Operational> operational) {
    }

    /** An operational objective, with the numbers of the year's priorities that serve it. */
    public record Operational(String number, String title, Narrative description, List<String> servedBy) {
    }

    /** A priority of the year with its lead, its narrative sections and where to find more. */
    public record Priority(Long id, String number, String title, Narrative leadResponsibility, List<Section> sections,
            List<Link> links) {
    }

    /** A page outside the portal: {@code url} only for an http or https address, else null (the title alone shows). */
    public record Link(String title, String url) {
    }

    /** A document the plan refers to: {@code dated} as the plan gives it, or null; {@code url} as in {@link Link}. */
    public record Reference(String title, String dated, String url) {
    }

    public record Initiative(String title, Narrative description, String lead, String accountablePartnership,
            Narrative support) {
    }

    /**
     * A tick column of the summary of actions or of the indicator table: one priority, or the priorities the year heads
     * under one heading of its own wording.
     *
     * @param number   the priorities' numbers: "3.1" or "3.1, 3.4, 3.5 and 3.6"
     * @param title    the group's heading, else the priority's title cut to fit a column
     * @param footnote the group heading's footnote, or null
     */
    public record Column(String number, String title, String footnote) {

        /** The title's lines: a group's heading may list what it covers, a line each. */
        public List<String> titleLines() {
            return title.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    /** The summary of actions: one row per action, a tick column per priority column, then one per ambition supported. */
    public record ActionTable(List<Column> columns, List<Ambition> ambitions, List<ActionRow> rows) {

        /** The frameworks of the ambition columns, each once. */
        public List<String> frameworks() {
            return ambitions.stream().map(Ambition::framework).distinct().toList();
        }
    }

    /** An ambition of an external framework that the year's actions support. */
    public record Ambition(String framework, String name) {
    }

    /** {@code priorities} line up with the table's columns, {@code ambitions} with its ambitions. */
    public record ActionRow(Long id, String number, Narrative text, String targetWording, List<Boolean> priorities,
            List<Boolean> ambitions) {
    }

    /** The indicator table, in groups (key outcome, supplementary ...), with a mark column per priority column. */
    public record IndicatorTable(List<Column> columns, List<String> alsoReportedIn, List<IndicatorGroup> groups) {
    }

    /** {@code kind}: KEY_OUTCOME, SUPPLEMENTARY, OTHER or TO_BE_DEVELOPED. */
    public record IndicatorGroup(String kind, List<IndicatorRow> rows) {
    }

    /** {@code marks} line up with the table's columns, {@code alsoIn} with its "also reported in" places. */
    public record IndicatorRow(Long id, String name, Performance performance, List<Mark> marks, List<Boolean> alsoIn) {
    }

    /** How an indicator measures the priorities of a column. */
    public enum Mark {
        NONE, PRIMARY, ADDITIONAL
    }

    /**
     * Where an indicator stands, as the plans' indicator tables show it.
     *
     * @param state     FIGURE, TO_BE_CONFIRMED, NOT_AVAILABLE, NEW_INDICATOR, TO_BE_DEVELOPED or NO_FIGURE
     * @param period    the latest value's period, or null when there is none
     * @param frequency how often it is reported (QUARTERLY, SIX_MONTHLY, ANNUAL), or null: the period to show when there
     *                  is no latest value
     * @param figure    the latest figure as the documents print it, when {@code state} is FIGURE
     * @param reason    the documents' words for a missing figure, when {@code state} is NOT_AVAILABLE
     */
    public record Performance(String state, String period, String frequency, String figure, IndicatorUnit unit,
            boolean provisional, String reason) {
    }
}
