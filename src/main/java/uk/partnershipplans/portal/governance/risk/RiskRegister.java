package uk.partnershipplans.portal.governance.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanOutlines.PlanOutline;
import uk.partnershipplans.portal.plan.PlanOutlines.PriorityInYear;
import uk.partnershipplans.portal.plan.PlanOutlines.YearOutline;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * A plan's risk register as its pages show it: the risks by score, the highest first, a page at a time, and each risk
 * with its rating, year and priorities named. The same few queries whatever the number of risks.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RiskRegister {

    static final int PAGE_SIZE = 20;

    private final RiskRepository risks;
    private final RiskAdmin admin;

    /** One risk as the register and its page show it; {@code yearLabel} is null for a risk to the whole plan. */
    record RiskRow(Long id, String title, Narrative description, String area, Narrative cause, int likelihood, int impact,
            int score, RiskRating rating, String owner, Narrative mitigations, LocalDate reviewDate, String yearLabel,
            List<PriorityInYear> priorities, long version) {
    }

    /** A page (numbered from 0) of the register, of one rating or (null) all. */
    record Register(PlanOutline plan, RiskRating rating, Page<RiskRow> risks) {
    }

    Register register(Long planId, RiskRating rating, int page) {
        PlanOutline plan = admin.plan(planId);
        int lowest = rating == null ? 1 : rating.lowest();
        int highest = rating == null ? 25 : rating.highest();
        Page<Risk> found = risks.register(planId, lowest, highest, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        if (found.getNumber() > 0 && found.getNumber() >= found.getTotalPages()) {
            found = risks.register(planId, lowest, highest, PageRequest.of(Math.max(found.getTotalPages() - 1, 0), PAGE_SIZE));
        }
        return new Register(plan, rating, found.map(rows(plan)));
    }

    /** The whole register, every risk, for its documents. */
    Register whole(Long planId) {
        PlanOutline plan = admin.plan(planId);
        return new Register(plan, null, risks.register(planId, 1, 25, Pageable.unpaged()).map(rows(plan)));
    }

    /** One risk with the plan it is in. */
    record OneRisk(PlanOutline plan, RiskRow risk) {
    }

    OneRisk risk(Long id) {
        Risk risk = admin.risk(id);
        PlanOutline plan = admin.plan(risk.getPlanId());
        return new OneRisk(plan, rows(plan).apply(risk));
    }

    private static Function<Risk, RiskRow> rows(PlanOutline plan) {
        Map<Long, String> years = plan.years().stream().collect(Collectors.toMap(YearOutline::id, YearOutline::label));
        List<PriorityInYear> order = plan.prioritiesInYears();
        return risk -> new RiskRow(risk.getId(), risk.getTitle(), Narrative.parse(risk.getDescription()), risk.getArea(),
                Narrative.parse(risk.getCause()), risk.getLikelihood(), risk.getImpact(), risk.score(), risk.rating(),
                risk.getOwner(), Narrative.parse(risk.getMitigations()), risk.getReviewDate(), years.get(risk.getPlanYearId()),
                order.stream().filter(p -> risk.getPriorityIds().contains(p.id())).toList(), risk.getVersion());
    }
}
