package uk.partnershipplans.portal.reporting.round;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

    List<ReportingRound> findByPlanYearIdOrderByOpenedAtDesc(Long planYearId);

    Optional<ReportingRound> findByOpenForPlanYearId(Long planYearId);

    /** Every round, open ones first, then the latest opened. */
    @Query("select r from ReportingRound r order by case when r.closedAt is null then 0 else 1 end, r.openedAt desc")
    List<ReportingRound> allOpenFirst();
}
