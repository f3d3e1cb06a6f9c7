package uk.partnershipplans.portal.report.committee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.partnershipplans.portal.report.PublicReports;

interface CommitteeReportRepository extends JpaRepository<CommitteeReport, Long> {

    /** A year's papers, the next meeting first. */
    List<CommitteeReport> findByPlanYearIdOrderByMeetingDateDescIdDesc(Long planYearId);

    /** A year's papers issued and shown on the public pages, the latest meeting first, without their content. */
    @Query("select new uk.partnershipplans.portal.report.PublicReports$Listed(r.id, r.title, r.meeting, r.meetingDate)"
            + " from CommitteeReport r where r.planYearId = ?1 and r.shownPublicly = true and r.issuedAt is not null"
            + " order by r.meetingDate desc, r.id desc")
    List<PublicReports.Listed> shownPubliclyIn(Long planYearId);

    /** The paper of the year, if it is issued and shown on the public pages. */
    @Query("select r from CommitteeReport r where r.id = ?2 and r.planYearId = ?1 and r.shownPublicly = true"
            + " and r.issuedAt is not null")
    Optional<CommitteeReport> shownPublicly(Long planYearId, Long id);
}
