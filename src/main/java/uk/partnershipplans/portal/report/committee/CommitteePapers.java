package uk.partnershipplans.portal.report.committee;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;

/** A plan year's committee reports, and each as a paper to read: a fixed number of queries whatever their length. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CommitteePapers {

    /** A year and its committee reports, the latest meeting first. */
    record YearPapers(YearFacts year, List<CommitteeReport> reports) {
    }

    private final CommitteeReportAdmin admin;
    private final CommitteeReportRepository reports;
    private final ImplicationRepository implications;
    private final RecommendationRepository recommendations;

    YearPapers ofYear(Long yearId) {
        return new YearPapers(admin.year(yearId), reports.findByPlanYearIdOrderByMeetingDateDescIdDesc(yearId));
    }

    CommitteePaper paper(Long id) {
        CommitteeReport report = admin.report(id);
        return CommitteePaper.of(report, admin.year(report.getPlanYearId()),
                implications.findByReportIdOrderByPositionAscIdAsc(id),
                recommendations.findByReportIdOrderByPositionAscIdAsc(id));
    }
}
