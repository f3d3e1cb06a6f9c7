package uk.partnershipplans.portal.report.committee;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.report.PublicReports;

@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PublicCommitteeReports implements PublicReports {

    private final CommitteeReportRepository reports;

    @Override
    public List<Listed> ofYear(Long yearId) {
        return reports.shownPubliclyIn(yearId);
    }

    @Override
    public Optional<Issued> issued(Long yearId, Long reportId) {
        return reports.shownPublicly(yearId, reportId).map(report -> new Issued(report.getId(), report.getTitle(),
                report.getMeeting(), report.getMeetingDate(), report.getIssuedPaper(), report.getIssuedAppendix()));
    }
}
