package uk.partnershipplans.portal.governance.risk;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanFacts.PriorityFacts;
import uk.partnershipplans.portal.plan.PlanOutlines;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping a plan's risks: the year must be one of the plan's, and the priorities of its years; nothing
 * refers to a risk, so one can always be deleted.
 */
@Service
@RequiredArgsConstructor
@Transactional
class RiskAdmin implements RecordAdmin<RiskForm> {

    private final RiskRepository risks;
    private final PlanOutlines plans;

    @Transactional(readOnly = true)
    Risk risk(Long id) {
        return risks.findById(id).orElseThrow(RiskAdmin::notFound);
    }

    @Transactional(readOnly = true)
    PlanOutline plan(Long planId) {
        return plans.of(planId).orElseThrow(RiskAdmin::notFound);
    }

    @Override
    @Transactional(readOnly = true)
    public RiskForm form(Long id) {
        return RiskForm.of(risk(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return risk(id).getPlanId();
    }

    @Override
    public Long create(Long planId, RiskForm form) {
        Risk risk = new Risk(plan(planId).id());
        revise(risk, form);
        return save(risk).getId();
    }

    @Override
    public void update(Long id, RiskForm form) {
        Risk risk = risk(id);
        StaleEdit.check(form.getVersion(), risk.getVersion());
        revise(risk, form);
        save(risk);
    }

    @Override
    public void delete(Long id, long version) {
        Risk risk = risk(id);
        Writes.delete(risks, risk, version, risk.getVersion(), Optional::empty);
    }

    private void revise(Risk risk, RiskForm form) {
        PlanOutline plan = plan(risk.getPlanId());
        List<Problem> problems = new ArrayList<>();
        if (form.getPlanYearId() != null && plan.year(form.getPlanYearId()).isEmpty()) {
            problems.add(new Problem("planYearId", "risk.year.unknown"));
        }
        Set<Long> priorityIds = new LinkedHashSet<>(form.getPriorityIds());
        priorityIds.remove(null);
        if (!plan.priorities().stream().map(PriorityFacts::id).toList().containsAll(priorityIds)) {
            problems.add(new Problem("priorityIds", "risk.priorities.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        risk.revise(form.getPlanYearId(), form.getTitle().strip(), optional(form.getDescription()), form.getArea().strip(),
                optional(form.getCause()), form.getLikelihood(), form.getImpact(), form.getOwner().strip(),
                optional(form.getMitigations()), form.getReviewDate().toDate().orElseThrow(), priorityIds);
    }

    private Risk save(Risk risk) {
        return Writes.flushed(() -> risks.saveAndFlush(risk), Map.of());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
