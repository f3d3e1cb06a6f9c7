package uk.partnershipplans.portal.refresh.log;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The refreshes, found by the year they started or the year they started from. */
public interface PlanRefreshRepository extends JpaRepository<PlanRefresh, Long> {

    /** The refresh that started the year, with its change log; empty for a year not started from another. */
    @EntityGraph(attributePaths = "changes")
    Optional<PlanRefresh> findByToYearId(Long toYearId);

    List<PlanRefresh> findByFromYearId(Long fromYearId);
}
