package uk.partnershipplans.portal.plan.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** The action's latest report: the one as at the latest day, the last taken in on that day. */
    Optional<ProgressReport> findFirstByActionIdOrderByAsAtDescApprovedAtDescIdDesc(Long actionId);
}
