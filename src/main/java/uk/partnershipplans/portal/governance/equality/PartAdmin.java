package uk.partnershipplans.portal.governance.equality;

import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.RecordAdmin;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Usage;
import uk.partnershipplans.portal.shared.Writes;

/** The parts of an assessment, each in its place; a part is deleted only once it has no rows and no actions. */
@Service
@RequiredArgsConstructor
@Transactional
class PartAdmin implements RecordAdmin<PartForm> {

    private final AssessmentAdmin assessments;
    private final AssessmentPartRepository parts;
    private final AssessmentRowRepository rows;
    private final AssessmentActionRepository actions;

    @Transactional(readOnly = true)
    AssessmentPart part(Long id) {
        return parts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public PartForm form(Long id) {
        return PartForm.of(part(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return part(id).getAssessment().getId();
    }

    @Override
    public Long create(Long assessmentId, PartForm form) {
        AssessmentPart part = new AssessmentPart(assessments.assessment(assessmentId));
        int position = form.getPosition() == null ? parts.lastPosition(assessmentId) + 1 : form.getPosition();
        revise(part, position, form);
        return parts.saveAndFlush(part).getId();
    }

    @Override
    public void update(Long id, PartForm form) {
        AssessmentPart part = part(id);
        StaleEdit.check(form.getVersion(), part.getVersion());
        revise(part, form.getPosition() == null ? part.getPosition() : form.getPosition(), form);
        Writes.flushed(parts::flush, Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> deletionRefusal(Long id) {
        long rowsUsing = rows.countByPartId(id);
        long actionsUsing = actions.countByPartId(id);
        if (rowsUsing == 0 && actionsUsing == 0) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(null, "equality.part.in-use", new Usage("equality.usage.rows", rowsUsing),
                new Usage("equality.usage.actions", actionsUsing)));
    }

    @Override
    public void delete(Long id, long version) {
        AssessmentPart part = part(id);
        Writes.delete(parts, part, version, part.getVersion(), () -> deletionRefusal(id));
    }

    private static void revise(AssessmentPart part, int position, PartForm form) {
        part.revise(position, form.getTitle().strip(), Forms.optional(form.getInformationUsed()),
                Forms.optional(form.getSummary()), form.getOutcome(), Forms.optional(form.getOutcomeReason()),
                Forms.optional(form.getMonitoring()));
    }
}
