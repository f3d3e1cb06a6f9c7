package uk.partnershipplans.portal.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

    List<ReportingRound> findByPlanYearIdOrderByOpenedAtDesc(Long planYearId);

    Optional<ReportingRound> findByOpenForPlanYearId(Long planYearId);
}
