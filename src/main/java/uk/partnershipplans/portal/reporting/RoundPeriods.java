package uk.partnershipplans.portal.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.reporting.round.ReportingRoundRepository;

/** The periods a plan year's reporting rounds cover: the days a board may view the year's position as at. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RoundPeriods {

    private final ReportingRoundRepository rounds;

    /** A round's name and the last day of the period it reports on. */
    public record RoundPeriod(String name, LocalDate periodEnd) {
    }

    /** The year's rounds, by the end of their period, earliest first. */
    public List<RoundPeriod> ofYear(Long yearId) {
        return rounds.findByPlanYearIdOrderByOpenedAtDesc(yearId).stream()
                .map(round -> new RoundPeriod(round.getName(), round.getPeriodEnd()))
                .sorted(Comparator.comparing(RoundPeriod::periodEnd).thenComparing(RoundPeriod::name))
                .toList();
    }
}
