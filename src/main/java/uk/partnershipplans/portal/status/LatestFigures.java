package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.plan.PlanFacts.ValueFacts;

/**
 * The latest figure of each indicator of a plan year as at a day, for other modules' pages: the value the dashboard and
 * the performance report rate (the same rule, worked out by {@link ProgressService}), or none.
 */
@Component
@RequiredArgsConstructor
public class LatestFigures {

    private final ProgressService progress;

    /**
     * For each indicator the year reports (by the indicator's id), its latest value as at {@code day}: its figure or why
     * there is none, with its period. An indicator without a value by then is left out; an empty map for no such year.
     */
    public Map<Long, ValueFacts> asAt(Long yearId, LocalDate day) {
        return progress.yearStatus(yearId, day)
                .map(status -> status.indicators().stream().filter(i -> i.latest() != null)
                        .collect(Collectors.toMap(i -> i.indicator().id(), IndicatorAssessment::latest, (a, b) -> a)))
                .orElse(Map.of());
    }
}
