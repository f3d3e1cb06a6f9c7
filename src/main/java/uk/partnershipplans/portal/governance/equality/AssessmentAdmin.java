package uk.partnershipplans.portal.governance.equality;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanCatalogue;
import uk.partnershipplans.portal.plan.PlanCatalogue.PlanOutline;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a plan's equality impact assessments: for the whole plan or one of its own years; deleted only once
 * it has no parts left.
 */
@Service
@RequiredArgsConstructor
@Transactional
class AssessmentAdmin implements RecordAdmin<AssessmentForm> {

    private final EqualityAssessmentRepository assessments;
    private final AssessmentPartRepository parts;
    private final PlanCatalogue plans;

    @Transactional(readOnly = true)
    EqualityAssessment assessment(Long id) {
        return assessments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    PlanOutline plan(Long planId) {
        return plans.outline(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentForm form(Long id) {
        return AssessmentForm.of(assessment(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return assessment(id).getPlanId();
    }

    @Override
    public Long create(Long planId, AssessmentForm form) {
        EqualityAssessment assessment = new EqualityAssessment(plan(planId).id());
        revise(assessment, form);
        return assessments.saveAndFlush(assessment).getId();
    }

    @Override
    public void update(Long id, AssessmentForm form) {
        EqualityAssessment assessment = assessment(id);
        StaleEdit.check(form.getVersion(), assessment.getVersion());
        revise(assessment, form);
        Writes.flushed(assessments::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        long used = parts.countByAssessmentId(id);
        return used == 0 ? Optional.empty()
                : Optional.of(Refusal.of(null, "equality.assessment.in-use", new Usage("equality.usage.parts", used)));
    }

    @Override
    public void delete(Long id, long version) {
        EqualityAssessment assessment = assessment(id);
        Writes.delete(assessments, assessment, version, assessment.getVersion(), () -> deletionRefusal(id));
    }

    /** The form over the assessment: a year must be one of the plan's; its date is real, as the form's rules checked. */
    private void revise(EqualityAssessment assessment, AssessmentForm form) {
        Long yearId = form.getPlanYearId();
        if (yearId != null && plan(assessment.getPlanId()).year(yearId).isEmpty()) {
            throw Refusal.of("planYearId", "equality.year.unknown");
        }
        assessment.revise(yearId, form.getSubject().strip(), Forms.optional(form.getIntroduction()),
                Forms.optional(form.getApprovedBy()), form.getApprovedOn().toDate().orElse(null));
    }
}
