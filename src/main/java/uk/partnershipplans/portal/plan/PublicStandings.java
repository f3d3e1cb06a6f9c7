package uk.partnershipplans.portal.plan;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.PlanStatus;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;

/**
 * Which plan years the public may read, as their status stands now: a published year, or one a later year has
 * superseded. For the public pages, which serve nothing of any other year.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PublicStandings {

    /** A year the public may read, and whether a later year has superseded it. */
    public enum Standing {
        PUBLISHED, SUPERSEDED
    }

    private final PlanYearRepository years;

    /** The standing of each of the years that is published or superseded, in one query; the others are left out. */
    public Map<Long, Standing> of(Collection<Long> yearIds) {
        return years.findAllById(yearIds).stream()
                .filter(year -> year.getStatus() == PlanStatus.PUBLISHED || year.getStatus() == PlanStatus.SUPERSEDED)
                .collect(Collectors.toMap(PlanYear::getId, year -> year.getStatus() == PlanStatus.PUBLISHED
                        ? Standing.PUBLISHED : Standing.SUPERSEDED));
    }
}
