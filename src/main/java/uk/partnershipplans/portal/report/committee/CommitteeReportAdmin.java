package uk.partnershipplans.portal.report.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a plan year's committee reports: a draft is written and changed freely; it is issued once it has a
 * purpose, information and advice and a recommendation, and is then kept as issued, neither changed nor deleted.
 */
@Service
@RequiredArgsConstructor
@Transactional
class CommitteeReportAdmin implements RecordAdmin<CommitteeReportForm> {

    private final CommitteeReportRepository reports;
    private final RecommendationRepository recommendations;
    private final PlanFacts plans;
    private final Clock clock;

    @Transactional(readOnly = true)
    CommitteeReport report(Long id) {
        return reports.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    YearFacts year(Long yearId) {
        return plans.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public CommitteeReportForm form(Long id) {
        return CommitteeReportForm.of(report(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return report(id).getPlanYearId();
    }

    @Override
    public Long create(Long yearId, CommitteeReportForm form) {
        CommitteeReport report = new CommitteeReport(year(yearId).id());
        revise(report, form);
        return reports.saveAndFlush(report).getId();
    }

    @Override
    public void update(Long id, CommitteeReportForm form) {
        CommitteeReport report = draft(id);
        StaleEdit.check(form.getVersion(), report.getVersion());
        revise(report, form);
        Writes.flushed(reports::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        return report(id).isIssued() ? Optional.of(Refusal.of(null, "committee.issued.kept")) : Optional.empty();
    }

    @Override
    public void delete(Long id, long version) {
        CommitteeReport report = report(id);
        Writes.delete(reports, report, version, report.getVersion(), () -> deletionRefusal(id));
    }

    /**
     * Issues the draft shown at {@code version}: refused while it lacks a purpose, information and advice or a
     * recommendation; otherwise {@code paper} and {@code appendix} (the paper and its appendix as they read now) are
     * kept as issued, by {@code username}, now.
     */
    void issue(Long id, Long version, String paper, String appendix, String username) {
        CommitteeReport report = draft(id);
        StaleEdit.check(version, report.getVersion());
        List<Problem> problems = new ArrayList<>();
        if (report.getPurpose() == null) {
            problems.add(new Problem(null, "committee.issue.purpose"));
        }
        if (report.getInformation() == null) {
            problems.add(new Problem(null, "committee.issue.information"));
        }
        if (recommendations.findByReportIdOrderByPositionAscIdAsc(id).isEmpty()) {
            problems.add(new Problem(null, "committee.issue.recommendation"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        report.issue(clock.instant(), username, paper, appendix);
        Writes.flushed(reports::flush, Map.of());
    }

    /**
     * Shows the issued report shown at {@code version} on the public pages of its year, or takes it off them: refused
     * for a draft, which the public never reads.
     */
    void showPublicly(Long id, long version, boolean shown) {
        CommitteeReport report = report(id);
        StaleEdit.check(version, report.getVersion());
        if (!report.isIssued()) {
            throw Refusal.of(null, "committee.public.draft");
        }
        report.showPublicly(shown);
        Writes.flushed(reports::flush, Map.of());
    }

    /** The report, refused once issued: an issued paper is kept as it was issued. */
    CommitteeReport draft(Long id) {
        CommitteeReport report = report(id);
        if (report.isIssued()) {
            throw Refusal.of(null, "committee.issued.locked");
        }
        return report;
    }

    /** The form over the report; its dates are real dates, as the form's own rules checked. */
    private static void revise(CommitteeReport report, CommitteeReportForm form) {
        report.revise(form, form.getAsAt().toDate().orElseThrow(), form.getMeetingDate().toDate().orElseThrow());
    }
}
