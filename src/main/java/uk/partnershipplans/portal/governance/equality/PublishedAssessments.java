package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.governance.EqualityAssessments;
import uk.partnershipplans.portal.governance.PublishedAssessment;
import uk.partnershipplans.portal.shared.Narrative;

/** The assessments a published plan prints, read in four queries whatever their number and length. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PublishedAssessments implements EqualityAssessments {

    private final EqualityAssessmentRepository assessments;
    private final AssessmentPartRepository parts;
    private final AssessmentRowRepository rows;
    private final AssessmentActionRepository actions;

    @Override
    public List<PublishedAssessment> publishedWith(Long planId, Long yearId) {
        List<EqualityAssessment> found = assessments.publishedWith(planId, yearId);
        Map<Long, List<AssessmentPart>> partsOf = parts.publishedWith(planId, yearId).stream()
                .collect(Collectors.groupingBy(part -> part.getAssessment().getId()));
        Map<Long, List<PublishedAssessment.Row>> rowsOf = rows.publishedWith(planId, yearId).stream()
                .collect(Collectors.groupingBy(row -> row.getPart().getId(), Collectors.mapping(row -> new PublishedAssessment.Row(
                        row.named(), row.getPositiveImpact(), row.getAdverseImpact(), row.getUnmetNeed(), row.getEvidence()),
                        Collectors.toList())));
        Map<Long, List<PublishedAssessment.Action>> actionsOf = actions.publishedWith(planId, yearId).stream()
                .collect(Collectors.groupingBy(action -> action.getPart().getId(), Collectors.mapping(
                        action -> new PublishedAssessment.Action(action.getText(), action.getLead(), action.getDueOn()),
                        Collectors.toList())));
        return found.stream().map(assessment -> new PublishedAssessment(assessment.getSubject(),
                Narrative.parse(assessment.getIntroduction()),
                partsOf.getOrDefault(assessment.getId(), List.of()).stream().map(part -> new PublishedAssessment.Part(
                        part.getTitle(), Narrative.parse(part.getInformationUsed()), Narrative.parse(part.getSummary()),
                        rowsOf.getOrDefault(part.getId(), List.of()), actionsOf.getOrDefault(part.getId(), List.of()),
                        part.getOutcome() == null ? null : part.getOutcome().name(), Narrative.parse(part.getOutcomeReason()),
                        Narrative.parse(part.getMonitoring()))).toList(),
                assessment.getApprovedBy(), assessment.getApprovedOn())).toList();
    }
}
