package uk.partnershipplans.portal.governance.consultation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts;
import uk.partnershipplans.portal.plan.PlanFacts.YearFacts;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/** The rules for a plan year's consultations: it closes on or after the day it opens; deleted only with no submission. */
@Service
@RequiredArgsConstructor
@Transactional
class ConsultationAdmin implements RecordAdmin<ConsultationForm> {

    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final PlanFacts plans;

    @Transactional(readOnly = true)
    Consultation consultation(Long id) {
        return consultations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    YearFacts year(Long yearId) {
        return plans.year(yearId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public ConsultationForm form(Long id) {
        return ConsultationForm.of(consultation(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return consultation(id).getPlanYearId();
    }

    @Override
    public Long create(Long yearId, ConsultationForm form) {
        Consultation consultation = new Consultation(year(yearId).id());
        revise(consultation, form);
        return consultations.saveAndFlush(consultation).getId();
    }

    @Override
    public void update(Long id, ConsultationForm form) {
        Consultation consultation = consultation(id);
        StaleEdit.check(form.getVersion(), consultation.getVersion());
        revise(consultation, form);
        Writes.flushed(consultations::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        long count = submissions.countByConsultationId(id);
        return count == 0 ? Optional.empty() : Optional.of(Refusal.of(null, "consultation.delete.has-submissions", count));
    }

    @Override
    public void delete(Long id, long version) {
        Consultation consultation = consultation(id);
        Writes.delete(consultations, consultation, version, consultation.getVersion(), () -> deletionRefusal(id));
    }

    /** The form over the consultation; its dates are real dates, as the form's own rules checked. */
    private static void revise(Consultation consultation, ConsultationForm form) {
        LocalDate opened = form.getOpenedOn().toDate().orElseThrow();
        LocalDate closed = form.getClosedOn().toDate().orElseThrow();
        if (closed.isBefore(opened)) {
            throw Refusal.of("closedOn", "consultation.closed-on.before");
        }
        consultation.revise(form.getTitle().strip(), opened, closed, Forms.optional(form.getWhoWasAsked()),
                Forms.optional(form.getSummary()));
    }
}
