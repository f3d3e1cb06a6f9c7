package uk.partnershipplans.portal.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.PlanYear;
import uk.partnershipplans.portal.plan.model.PlanYearRepository;

/**
 * Where each plan year stands in its life (draft, consultation, approved, published, superseded): moved on only by the
 * module that records each step with its sign-off, and read by the public pages, which serve only the years the public
 * may read.
 */
@Service
@RequiredArgsConstructor
public class PlanYearStages {

    private final PlanYearRepository years;

    /** A year, named with its plan, with where it stands. */
    public record YearStage(Long id, String label, String planTitle, PlanStatus status) {
    }

    @Transactional(readOnly = true)
    public Optional<YearStage> of(Long yearId) {
        return years.findById(yearId).map(PlanYearStages::stage);
    }

    /**
     * Moves the year to {@code status}; an approval ({@code approvedOn} not null) also records its day and the body that
     * gave it, in place of any earlier one.
     */
    @Transactional
    public void move(Long yearId, PlanStatus status, LocalDate approvedOn, String approvedBy) {
        PlanYear year = years.findById(yearId).orElseThrow();
        if (approvedOn != null) {
            year.standAt(status, approvedOn, approvedBy);
        } else {
            year.moveTo(status);
        }
        years.saveAndFlush(year);
    }

    /**
     * The status of each of the years the public may read now (published, or superseded by a later year), in one
     * query; the others are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanStatus> readableByThePublic(Collection<Long> yearIds) {
        return years.findAllById(yearIds).stream().filter(PlanYear::isReadOnly)
                .collect(Collectors.toMap(PlanYear::getId, PlanYear::getStatus));
    }

    /** The ids of the years at {@code status}, in no particular order. */
    @Transactional(readOnly = true)
    public List<Long> at(PlanStatus status) {
        return years.findByStatus(status).stream().map(PlanYear::getId).toList();
    }

    private static YearStage stage(PlanYear year) {
        return new YearStage(year.getId(), year.getLabel(), year.getPlan().getTitle(), year.getStatus());
    }
}
