package uk.partnershipplans.portal.report.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.DateInput;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The numbered recommendations of a committee report: written while it is a draft; once it is issued, the decision
 * taken on each is recorded (and corrected if need be), with who recorded it and when.
 */
@Service
@RequiredArgsConstructor
@Transactional
class RecommendationAdmin implements RecordAdmin<RecommendationForm> {

    private static final DateInput DECIDED_ON = new DateInput("decidedOn", "committee.decision.decided-on.name", "14 1 2013");

    private final CommitteeReportAdmin reports;
    private final RecommendationRepository recommendations;
    private final Clock clock;

    @Transactional(readOnly = true)
    Recommendation recommendation(Long id) {
        Recommendation recommendation = recommendations.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        recommendation.getReport().getMeeting(); // the decision's form starts from the report's meeting
        return recommendation;
    }

    @Override
    @Transactional(readOnly = true)
    public RecommendationForm form(Long id) {
        return RecommendationForm.of(recommendation(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return recommendation(id).getReport().getId();
    }

    @Override
    public Long create(Long reportId, RecommendationForm form) {
        CommitteeReport report = reports.draft(reportId);
        int position = form.getPosition() == null ? recommendations.lastPosition(reportId) + 1 : form.getPosition();
        return recommendations.saveAndFlush(new Recommendation(report, position, Forms.optional(form.getText()))).getId();
    }

    @Override
    public void update(Long id, RecommendationForm form) {
        Recommendation recommendation = recommendation(id);
        reports.draft(recommendation.getReport().getId());
        StaleEdit.check(form.getVersion(), recommendation.getVersion());
        int position = form.getPosition() == null ? recommendation.getPosition() : form.getPosition();
        recommendation.revise(position, Forms.optional(form.getText()));
        Writes.flushed(recommendations::flush, Map.of());
    }

    @Override
    public void delete(Long id, long version) {
        Recommendation recommendation = recommendation(id);
        reports.draft(recommendation.getReport().getId());
        Writes.delete(recommendations, recommendation, version, recommendation.getVersion(), Optional::empty);
    }

    /** Records the decision on a recommendation of an issued report, taken on a day not after today. */
    void decide(Long id, DecisionForm form, String username) {
        Recommendation recommendation = recommendation(id);
        if (!recommendation.getReport().isIssued()) {
            throw Refusal.of(null, "committee.decision.not-issued.refused");
        }
        StaleEdit.check(form.getVersion(), recommendation.getVersion());
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> decidedOn = DECIDED_ON.notAfter(LocalDate.now(clock), form.getDecidedOn(),
                "committee.date.required", problems::add);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        recommendation.decide(form.getDecision(), form.getDecidedBy().strip(), Forms.optional(form.getMeeting()),
                decidedOn.get(), Forms.optional(form.getNote()), username, clock.instant());
        Writes.flushed(recommendations::flush, Map.of());
    }
}
