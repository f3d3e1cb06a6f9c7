package uk.partnershipplans.portal.refresh.next;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.NextYears;
import uk.partnershipplans.portal.plan.NextYears.YearName;
import uk.partnershipplans.portal.refresh.log.PlanRefreshRepository;
import uk.partnershipplans.portal.refresh.log.RefreshChange;
import uk.partnershipplans.portal.refresh.log.RefreshChange.Change;
import uk.partnershipplans.portal.refresh.log.RefreshChange.Subject;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A year's change log: the refresh that started it (who confirmed it, when, from which year) and its changes grouped by
 * the kind of record, in the order made. A fixed number of queries (one for the changes), however many there are.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ChangeLogs {

    private final NextYears years;
    private final PlanRefreshRepository refreshes;

    /** The page: {@code refresh} empty for a year not started from another. */
    record ChangeLog(YearName year, Optional<Started> refresh) {
    }

    /** {@code from} is empty when the year started from has since been deleted. */
    record Started(String confirmedBy, Instant confirmedAt, Long fromYearId, Optional<YearName> from, List<Group> groups) {

        public int count() {
            return groups.stream().mapToInt(group -> group.lines().size()).sum();
        }
    }

    /** The changes to one kind of record, with the anchor of its part of the page. */
    record Group(Subject subject, String anchor, List<Line> lines) {
    }

    record Line(Change change, String before, String after, String note) {

        /** The words after as narrative, for a section written. */
        public Narrative narrative() {
            return Narrative.parse(after);
        }
    }

    ChangeLog of(Long yearId) {
        YearName year = years.name(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ChangeLog(year, refreshes.findByToYearId(yearId).map(refresh -> {
            Map<Subject, List<Line>> bySubject = refresh.getChanges().stream()
                    .collect(Collectors.groupingBy(RefreshChange::getSubject, Collectors.mapping(
                            c -> new Line(c.getChange(), c.getWordsBefore(), c.getWordsAfter(), c.getNote()),
                            Collectors.toList())));
            List<Group> groups = Arrays.stream(Subject.values()).filter(bySubject::containsKey)
                    .map(s -> new Group(s, "changes-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'), bySubject.get(s)))
                    .toList();
            return new Started(refresh.getConfirmedBy(), refresh.getConfirmedAt(), refresh.getFromYearId(),
                    years.name(refresh.getFromYearId()), groups);
        }));
    }
}
