package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;
import uk.partnershipplans.portal.plan.model.indicator.PlanYearIndicator;
import uk.partnershipplans.portal.plan.read.PlanReadQueries;

/**
 * The plan years of a partnership, of all its plans, in date order, and how a year reports each of its indicators: for
 * pages that set one year beside another. One query each, whatever the number of years or indicators.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class PartnershipYears {

    private final PlanYearRepository years;
    private final PlanReadQueries queries;

    public record YearOfPartnership(Long id, String label, Long planId, String planTitle, LocalDate startDate,
            LocalDate endDate) {
    }

    /** The partnership's years, earliest first (by start date, then label). */
    public List<YearOfPartnership> of(Long partnershipId) {
        return years.findWithPlanByPartnershipId(partnershipId).stream()
                .map(y -> new YearOfPartnership(y.getId(), y.getLabel(), y.getPlan().getId(), y.getPlan().getTitle(),
                        y.getStartDate(), y.getEndDate()))
                .sorted(Comparator.comparing(YearOfPartnership::startDate).thenComparing(YearOfPartnership::label))
                .toList();
    }

    /** For each indicator the year reports (by the indicator's id), its category: KEY_OUTCOME or SUPPLEMENTARY, or null. */
    public Map<Long, String> indicatorCategories(Long yearId) {
        return queries.indicatorsOfYear(yearId).stream().collect(Collectors.toMap(u -> u.getIndicator().getId(),
                (PlanYearIndicator u) -> u.getCategory() == null ? "" : u.getCategory().name(), (a, b) -> a));
    }
}
