package uk.partnershipplans.portal.governance.consultation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts.ActionFacts;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The submissions of a consultation: each numbered once in it; a change to the plan says how it was changed; the
 * priorities and actions concerned are the year's own.
 */
@Service
@RequiredArgsConstructor
@Transactional
class SubmissionAdmin implements RecordAdmin<SubmissionForm> {

    private static final Map<String, Problem> CONSTRAINTS = Map.of("uq_consultation_submission_number",
            new Problem("number", "consultation.submission.number.taken"));

    private final ConsultationAdmin consultations;
    private final SubmissionRepository submissions;

    @Transactional(readOnly = true)
    Submission submission(Long id) {
        Submission submission = submissions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        submission.getConsultation().getTitle(); // its pages name the consultation
        return submission;
    }

    @Override
    @Transactional(readOnly = true)
    public SubmissionForm form(Long id) {
        return SubmissionForm.of(submission(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return submission(id).getConsultation().getId();
    }

    @Override
    public Long create(Long consultationId, SubmissionForm form) {
        Submission submission = new Submission(consultations.consultation(consultationId));
        revise(submission, form);
        return Writes.flushed(() -> submissions.saveAndFlush(submission), CONSTRAINTS).getId();
    }

    @Override
    public void update(Long id, SubmissionForm form) {
        Submission submission = submission(id);
        StaleEdit.check(form.getVersion(), submission.getVersion());
        revise(submission, form);
        Writes.flushed(submissions::flush, CONSTRAINTS);
    }

    @Override
    public void delete(Long id, long version) {
        Submission submission = submission(id);
        Writes.delete(submissions, submission, version, submission.getVersion(), Optional::empty);
    }

    private void revise(Submission submission, SubmissionForm form) {
        if (form.isPlanChanged() && Forms.isBlank(form.getChangeMade())) {
            throw Refusal.of("changeMade", "consultation.submission.change-made.required");
        }
        YearFacts year = consultations.year(submission.getConsultation().getPlanYearId());
        Set<Long> priorities = year.priorities().stream().map(PriorityFacts::id).collect(Collectors.toSet());
        Set<Long> actions = year.actions().stream().map(ActionFacts::id).collect(Collectors.toSet());
        if (!priorities.containsAll(form.getPriorityIds()) || !actions.containsAll(form.getActionIds())) {
            throw Refusal.of("priorityIds", "consultation.submission.concerns.unknown");
        }
        LocalDate received = form.getReceivedOn().toDate().orElse(null);
        submission.revise(form, received, new LinkedHashSet<>(form.getPriorityIds()), new LinkedHashSet<>(form.getActionIds()));
    }
}
