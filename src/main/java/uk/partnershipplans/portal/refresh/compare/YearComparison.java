package uk.partnershipplans.portal.refresh.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PartnershipYears;
import uk.partnershipplans.portal.plan.PartnershipYears.YearOfPartnership;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.IndicatorFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.refresh.log.RefreshChange;
import uk.partnershipplans.portal.shared.Figures;
import uk.partnershipplans.portal.status.LatestFigures;

/**
 * Two plan years of a partnership side by side, the earlier on the left: priority by priority (matched through the
 * refreshes' lineage, followed through the years between in either direction, else by the same title) and indicator
 * by indicator (the same indicator), each row saying what changed. A fixed number of statements, whatever the years
 * hold: each year is read whole ({@link PlanFacts}), its latest figures as the dashboard rates them
 * ({@link LatestFigures}), and the lineage of all the partnership's years at once.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class YearComparison {

    private final PlanFacts facts;
    private final PartnershipYears partnershipYears;
    private final LatestFigures latestFigures;
    private final LineageQueries lineage;

    /** What happened to a priority or an indicator between the earlier year and the later. */
    enum Change {
        UNCHANGED, REWORDED, ADDED, DROPPED
    }

    /** The year and the partnership's other years to compare it with, earliest first. */
    record Choice(YearOfPartnership year, List<YearOfPartnership> others) {
    }

    /** A priority in one year, with the number of its actions. */
    record PrioritySide(Long id, String number, String title, long actions) {
    }

    /** {@code earlier} or {@code later} is null for one only in the other year; {@code words} only for one reworded. */
    record PriorityRow(PrioritySide earlier, PrioritySide later, Change change, WordChanges words) {
    }

    /**
     * An indicator as one year reports it: {@code reported} false for a year that does not; its category (KEY_OUTCOME,
     * SUPPLEMENTARY, or empty); its latest value as at the year's end (null for none), its figure as printed.
     */
    record IndicatorSide(boolean reported, String category, ValueFacts latest, String figure) {
    }

    record IndicatorRow(Long id, String code, String name, String unitKey, IndicatorSide earlier, IndicatorSide later,
            Change change) {
    }

    record Comparison(YearOfPartnership year, YearOfPartnership earlier, YearOfPartnership later,
            List<PriorityRow> priorities, List<IndicatorRow> indicators) {

        /** How many priorities each change (by its name) holds, every change named. */
        public Map<String, Long> getPriorityCounts() {
            return counts(priorities.stream().map(PriorityRow::change).toList());
        }

        /** How many indicators each change (by its name) holds, every change named. */
        public Map<String, Long> getIndicatorCounts() {
            return counts(indicators.stream().map(IndicatorRow::change).toList());
        }

        private static Map<String, Long> counts(List<Change> changes) {
            Map<String, Long> counts = new HashMap<>();
            for (Change change : Change.values()) {
                counts.put(change.name(), changes.stream().filter(change::equals).count());
            }
            return counts;
        }
    }

    Choice choice(Long yearId) {
        YearFacts year = year(yearId);
        List<YearOfPartnership> all = partnershipYears.of(year.plan().partnershipId());
        return new Choice(find(all, yearId),
                all.stream().filter(y -> !y.id().equals(yearId)).toList());
    }

    /** The two years compared; 404 for an other year that does not exist or belongs to another partnership. */
    Comparison compare(Long yearId, Long otherId) {
        YearFacts year = year(yearId);
        YearFacts other = year(otherId);
        Long partnershipId = year.plan().partnershipId();
        if (!partnershipId.equals(other.plan().partnershipId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean yearFirst = Comparator.comparing(YearFacts::startDate).thenComparing(YearFacts::id)
                .compare(year, other) < 0;
        YearFacts earlier = yearFirst ? year : other;
        YearFacts later = yearFirst ? other : year;
        List<YearOfPartnership> all = partnershipYears.of(partnershipId);
        Lineage lines = new Lineage(lineage.links(RefreshChange.Subject.PRIORITY,
                all.stream().map(YearOfPartnership::id).toList()));
        return new Comparison(find(all, yearId), find(all, earlier.id()), find(all, later.id()),
                priorities(earlier, later, lines), indicators(earlier, later));
    }

    private YearFacts year(Long id) {
        return facts.year(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static YearOfPartnership find(List<YearOfPartnership> years, Long id) {
        return years.stream().filter(y -> y.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // Priorities

    private static List<PriorityRow> priorities(YearFacts earlier, YearFacts later, Lineage lines) {
        Map<Long, Long> earlierActions = actionCounts(earlier);
        Map<Long, Long> laterActions = actionCounts(later);
        Map<Long, PriorityFacts> matched = new HashMap<>();
        Set<Long> taken = new HashSet<>();
        for (PriorityFacts e : earlier.priorities()) {
            later.priorities().stream().filter(l -> !taken.contains(l.id()) && lines.joined(e.id(), l.id()))
                    .findFirst().ifPresent(l -> {
                        matched.put(e.id(), l);
                        taken.add(l.id());
                    });
        }
        for (PriorityFacts e : earlier.priorities()) {
            if (!matched.containsKey(e.id())) {
                later.priorities().stream().filter(l -> !taken.contains(l.id()) && sameWords(e.title(), l.title()))
                        .findFirst().ifPresent(l -> {
                            matched.put(e.id(), l);
                            taken.add(l.id());
                        });
            }
        }
        List<PriorityRow> rows = new ArrayList<>();
        for (PriorityFacts e : earlier.priorities()) {
            PrioritySide left = side(e, earlierActions);
            PriorityFacts l = matched.get(e.id());
            if (l == null) {
                rows.add(new PriorityRow(left, null, Change.DROPPED, null));
            } else if (sameWords(e.title(), l.title())) {
                rows.add(new PriorityRow(left, side(l, laterActions), Change.UNCHANGED, null));
            } else {
                rows.add(new PriorityRow(left, side(l, laterActions), Change.REWORDED,
                        WordChanges.between(e.title(), l.title())));
            }
        }
        later.priorities().stream().filter(l -> !taken.contains(l.id()))
                .forEach(l -> rows.add(new PriorityRow(null, side(l, laterActions), Change.ADDED, null)));
        return List.copyOf(rows);
    }

    private static PrioritySide side(PriorityFacts priority, Map<Long, Long> actions) {
        return new PrioritySide(priority.id(), priority.number(), priority.title(), actions.getOrDefault(priority.id(), 0L));
    }

    private static Map<Long, Long> actionCounts(YearFacts year) {
        return year.actions().stream().flatMap(a -> a.priorityIds().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    /** The same words, whatever the case and the spaces between them. */
    private static boolean sameWords(String a, String b) {
        return plain(a).equals(plain(b));
    }

    private static String plain(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /** Priorities joined by refreshes, through any number of years: the groups of a union-find over the links. */
    private static final class Lineage {

        private final Map<Long, Long> parent = new HashMap<>();

        Lineage(List<LineageQueries.Link> links) {
            links.forEach(link -> parent.put(root(link.fromId()), root(link.toId())));
        }

        private Long root(Long id) {
            Long at = id;
            while (parent.containsKey(at) && !parent.get(at).equals(at)) {
                at = parent.get(at);
            }
            return at;
        }

        boolean joined(Long a, Long b) {
            return Objects.equals(root(a), root(b));
        }
    }

    // Indicators

    private List<IndicatorRow> indicators(YearFacts earlier, YearFacts later) {
        Map<Long, String> earlierCategories = partnershipYears.indicatorCategories(earlier.id());
        Map<Long, String> laterCategories = partnershipYears.indicatorCategories(later.id());
        Map<Long, ValueFacts> earlierFigures = latestFigures.asAt(earlier.id(), earlier.endDate());
        Map<Long, ValueFacts> laterFigures = latestFigures.asAt(later.id(), later.endDate());
        Map<Long, IndicatorFacts> inLater = later.indicators().stream()
                .collect(Collectors.toMap(IndicatorFacts::id, i -> i, (a, b) -> a));
        Set<Long> inEarlier = earlier.indicators().stream().map(IndicatorFacts::id).collect(Collectors.toSet());
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorFacts i : earlier.indicators()) {
            boolean kept = inLater.containsKey(i.id());
            rows.add(new IndicatorRow(i.id(), i.code(), i.name(), unitKey(i),
                    reported(i.id(), earlierCategories, earlierFigures),
                    kept ? reported(i.id(), laterCategories, laterFigures) : notReported(),
                    kept ? Change.UNCHANGED : Change.DROPPED));
        }
        later.indicators().stream().filter(i -> !inEarlier.contains(i.id()))
                .forEach(i -> rows.add(new IndicatorRow(i.id(), i.code(), i.name(), unitKey(i), notReported(),
                        reported(i.id(), laterCategories, laterFigures), Change.ADDED)));
        return List.copyOf(rows);
    }

    private static IndicatorSide reported(Long id, Map<Long, String> categories, Map<Long, ValueFacts> figures) {
        ValueFacts latest = figures.get(id);
        return new IndicatorSide(true, categories.getOrDefault(id, ""), latest,
                latest == null ? null : Figures.format(latest.figure()));
    }

    private static IndicatorSide notReported() {
        return new IndicatorSide(false, "", null, null);
    }

    private static String unitKey(IndicatorFacts indicator) {
        return "plans.figure." + Optional.ofNullable(indicator.unit()).map(Enum::name).orElse("NONE");
    }
}
