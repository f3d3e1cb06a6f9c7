package uk.partnershipplans.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.model.MilestoneRepository;
import uk.partnershipplans.portal.plan.model.PlanAction;
import uk.partnershipplans.portal.plan.model.PlanActionRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorRepository;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValue;
import uk.partnershipplans.portal.plan.model.indicator.IndicatorValueRepository;
import uk.partnershipplans.portal.plan.model.indicator.PeriodType;

/**
 * How an approved progress update reaches the plan: an action's reported status, its revised target date and its
 * milestones done; an indicator's figures for a period. Only approved updates come through here, so the plan pages
 * board members read show approved figures only.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ProgressRecords {

    private final PlanActionRepository actions;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    /** A reporting period: its label as the documents write it ("2013/14 Q2", "2012/13 annual") and its last day. */
    public record Period(String label, LocalDate end) {
    }

    /** The last period of this kind that ends on or before {@code day}. */
    public static Period latestPeriod(PeriodType type, LocalDate day) {
        return ReportingPeriods.latestEndingBy(type, day);
    }

    /**
     * Records an action's approved report. A revised target date replaces the action's target date (the status pages
     * then judge the action against it); the document's target wording is kept. {@code milestonesDone} gives the day
     * each of the action's milestones was done; milestones of other actions are ignored.
     */
    public void reportAction(Long actionId, ReportedProgress status, LocalDate completedOn, LocalDate revisedTargetDate,
            Map<Long, LocalDate> milestonesDone) {
        PlanAction action = actions.findById(actionId).orElseThrow();
        action.report(status, completedOn);
        if (revisedTargetDate != null) {
            action.retarget(revisedTargetDate);
        }
        milestones.findAllById(milestonesDone.keySet()).stream()
                .filter(m -> m.getAction() != null && m.getAction().getId().equals(actionId))
                .forEach(m -> m.complete(milestonesDone.get(m.getId())));
    }

    /** Records an indicator's approved figures for a period, adding the period if the indicator has no row for it. */
    public void reportIndicator(Long indicatorId, Period period, BigDecimal figure, boolean provisional,
            BigDecimal nationalAverage, BigDecimal statisticalNeighbour) {
        IndicatorValue value = values.findFirstByIndicatorIdAndPeriodLabelIgnoreCase(indicatorId, period.label())
                .orElseGet(() -> values.save(new IndicatorValue(indicators.findById(indicatorId).orElseThrow(),
                        period.label(), period.end(), null, false, null, null, null)));
        value.report(figure, provisional, nationalAverage, statisticalNeighbour);
    }
}
