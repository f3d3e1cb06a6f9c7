package uk.partnershipplans.portal.plan.read;

import java.util.List;

/**
 * The year's indicators, as the plans' summary of performance indicators (section 6 of the 2013-14 refresh, section 4
 * of the 2014-16 plan): grouped into key outcome and supplementary indicators and those still to be developed, each
 * with its reporting period, current performance and a mark for each priority it measures.
 */
record IndicatorSummary(YearRef year, List<PriorityRef> priorities, List<PriorityColumn> columns, List<String> alsoReportedIn,
        List<Group> groups) {

    enum Kind {
        KEY_OUTCOME, SUPPLEMENTARY, OTHER, TO_BE_DEVELOPED
    }

    enum Mark {
        NONE, PRIMARY, ADDITIONAL
    }

    record Group(Kind kind, List<Row> rows) {
    }

    /** {@code marks} line up with the priority columns, {@code alsoIn} with the "also reported in" columns. */
    record Row(Long id, String name, CurrentPerformance performance, List<Mark> marks, List<Boolean> alsoIn) {
    }
}
