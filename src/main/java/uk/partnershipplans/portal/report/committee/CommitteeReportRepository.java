package uk.partnershipplans.portal.report.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeReportRepository extends JpaRepository<CommitteeReport, Long> {

    /** A year's papers, the next meeting first. */
    List<CommitteeReport> findByPlanYearIdOrderByMeetingDateDescIdDesc(Long planYearId);
}
