package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.plan.PlanCatalogue.PlanOutline;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * Equality impact assessments as their pages and documents read them: an assessment with its parts, each with its rows
 * in the order of the list of characteristics and its actions, in a fixed number of queries however long it is.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class AssessmentReader {

    static final int PAGE_SIZE = 20;

    /** An assessment with its plan, the label of its year (null for the whole plan) and its parts in order. */
    record AssessmentView(EqualityAssessment assessment, PlanOutline plan, String yearLabel, Narrative introduction,
            List<PartView> parts) {
    }

    /** A part with its narrative read as paragraphs and lists, its rows and its actions. */
    record PartView(AssessmentPart part, Narrative informationUsed, Narrative summary, Narrative outcomeReason,
            Narrative monitoring, List<AssessmentRow> rows, List<AssessmentAction> actions) {
    }

    /** An assessment as a list names it. */
    record Listed(EqualityAssessment assessment, String yearLabel) {
    }

    private final AssessmentAdmin admin;
    private final EqualityAssessmentRepository assessments;
    private final AssessmentPartRepository parts;
    private final AssessmentRowRepository rows;
    private final AssessmentActionRepository actions;

    /** A page (numbered from 0) of the plan's assessments, oldest first. */
    Page<Listed> ofPlan(PlanOutline plan, int page) {
        return assessments.findByPlanIdOrderByIdAsc(plan.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(assessment -> new Listed(assessment, yearLabel(plan, assessment)));
    }

    AssessmentView assessment(Long id) {
        EqualityAssessment assessment = admin.assessment(id);
        PlanOutline plan = admin.plan(assessment.getPlanId());
        List<AssessmentPart> partsOf = parts.findByAssessmentIdOrderByPositionAscIdAsc(id);
        List<Long> partIds = partsOf.stream().map(AssessmentPart::getId).toList();
        Map<Long, List<AssessmentRow>> rowsOf = rows.ofParts(partIds).stream()
                .collect(Collectors.groupingBy(row -> row.getPart().getId()));
        Map<Long, List<AssessmentAction>> actionsOf = actions.ofParts(partIds).stream()
                .collect(Collectors.groupingBy(action -> action.getPart().getId()));
        return new AssessmentView(assessment, plan, yearLabel(plan, assessment), Narrative.parse(assessment.getIntroduction()),
                partsOf.stream().map(part -> new PartView(part, Narrative.parse(part.getInformationUsed()),
                        Narrative.parse(part.getSummary()), Narrative.parse(part.getOutcomeReason()),
                        Narrative.parse(part.getMonitoring()), rowsOf.getOrDefault(part.getId(), List.of()),
                        actionsOf.getOrDefault(part.getId(), List.of()))).toList());
    }

    private static String yearLabel(PlanOutline plan, EqualityAssessment assessment) {
        return assessment.getPlanYearId() == null ? null
                : plan.year(assessment.getPlanYearId()).map(year -> year.label()).orElse(null);
    }
}
