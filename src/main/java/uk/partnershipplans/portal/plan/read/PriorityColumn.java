package uk.partnershipplans.portal.plan.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.partnershipplans.portal.plan.model.Priority;
import uk.partnershipplans.portal.plan.model.PriorityGroup;

/**
 * A tick column of a year's action summary or indicator table: one priority, or priorities the year heads under one
 * heading of its own wording (with its footnote). Columns come in the order of their first priority.
 *
 * @param heading  the group's heading for this table; null for a single priority's column
 * @param footnote the heading's footnote; null for none
 */
record PriorityColumn(String heading, String footnote, List<PriorityRef> priorities) {

    /** The columns of the year's priorities: a group takes the place of its first priority; its others have no column. */
    static List<PriorityColumn> of(List<PriorityRef> priorities, List<PriorityGroup> groups,
            Function<PriorityGroup, String> heading) {
        Map<Long, PriorityGroup> groupOf = groups.stream().flatMap(g -> g.getPriorities().stream().map(p -> Map.entry(p.getId(), g)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<PriorityColumn> columns = new ArrayList<>();
        List<PriorityGroup> placed = new ArrayList<>();
        for (PriorityRef priority : priorities) {
            PriorityGroup group = groupOf.get(priority.id());
            if (group == null) {
                columns.add(new PriorityColumn(null, null, List.of(priority)));
            } else if (!placed.contains(group)) {
                placed.add(group);
                List<Long> members = group.getPriorities().stream().map(Priority::getId).toList();
                columns.add(new PriorityColumn(heading.apply(group), group.getFootnote(),
                        priorities.stream().filter(p -> members.contains(p.id())).toList()));
            }
        }
        return columns;
    }

    /** The priorities' numbers: "3.1" or "3.1, 3.4, 3.5 and 3.6". (Public, as templates read only public methods.) */
    public String number() {
        List<String> numbers = priorities.stream().map(PriorityRef::number).toList();
        return numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    /** The heading of the column: the group's own, else the priority's title cut to fit. */
    public String shortTitle() {
        return heading != null ? heading : priorities.get(0).shortTitle();
    }

    /** Whether the column ticks for any of these priorities. */
    boolean covers(Collection<Long> priorityIds) {
        return priorities.stream().anyMatch(p -> priorityIds.contains(p.id()));
    }
}
