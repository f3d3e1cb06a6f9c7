package uk.partnershipplans.portal.plan.read;

import java.util.List;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * The year's actions against its priorities, as the summary of actions in the plans (section 3.8 of the 2013-14
 * refresh): one row per action, one column per priority (or per group of priorities the year heads as one), a tick where
 * the action contributes to the priority. Where
 * actions support the ambitions of an external framework (the 2014-16 plan's Health and Wellbeing ambitions), one
 * column per ambition follows.
 */
record ActionMatrix(YearRef year, List<PriorityRef> priorities, List<PriorityColumn> columns, List<AmbitionColumn> ambitions,
        List<Row> rows) {

    record AmbitionColumn(String framework, String name) {
    }

    /** The frameworks of the ambition columns, each once. (Public, as templates read only public methods.) */
    public List<String> frameworks() {
        return ambitions.stream().map(AmbitionColumn::framework).distinct().toList();
    }

    /** {@code priorities} line up with the matrix's priority columns, {@code ambitions} with its ambition columns. */
    record Row(Long id, String number, Narrative text, String targetWording, List<Boolean> priorities,
            List<Boolean> ambitions) {
    }
}
