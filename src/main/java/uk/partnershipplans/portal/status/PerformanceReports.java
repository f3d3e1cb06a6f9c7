package uk.partnershipplans.portal.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * A plan year's performance report as at a day, for other modules' documents (a committee report quotes its summary
 * and carries the report as its appendix): the model of the fragments {@code status/performance-report :: report}
 * (the whole report) and {@code status/committee-summary :: summary(number)} (its summary as a committee report's
 * paragraph), worked out by {@link ProgressService} as every page of statuses is.
 */
@Component
@RequiredArgsConstructor
public class PerformanceReports {

    private final ProgressService progress;

    /** The report of the year as at {@code day} (the year's own day when null), as the fragments' model; none for no year. */
    public Optional<Map<String, Object>> asAt(Long yearId, LocalDate day) {
        return progress.yearStatus(yearId, day).map(PerformanceReport::of)
                .map(report -> Map.of("report", report, "summary", report.summary(), "pdf", true));
    }
}
