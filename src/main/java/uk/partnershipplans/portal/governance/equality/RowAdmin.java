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
import uk.partnershipplans.portal.shared.Writes;

/**
 * A part's rows: one for each protected characteristic or group it assesses, chosen among the installation's list and
 * those the plan's partnership adds, at most one row for each.
 */
@Service
@RequiredArgsConstructor
@Transactional
class RowAdmin implements RecordAdmin<RowForm> {

    private static final String ONE_ROW_EACH = "uk_equality_assessment_row";

    private final PartAdmin parts;
    private final AssessmentAdmin assessments;
    private final CharacteristicAdmin characteristics;
    private final AssessmentRowRepository rows;

    @Transactional(readOnly = true)
    AssessmentRow row(Long id) {
        return rows.withCharacteristic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Override
    @Transactional(readOnly = true)
    public RowForm form(Long id) {
        return RowForm.of(row(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Long keptIn(Long id) {
        return row(id).getPart().getId();
    }

    @Override
    public Long create(Long partId, RowForm form) {
        AssessmentRow row = new AssessmentRow(parts.part(partId));
        revise(row, form, 0L);
        return Writes.flushed(() -> rows.saveAndFlush(row), oneRowEach()).getId();
    }

    @Override
    public void update(Long id, RowForm form) {
        AssessmentRow row = row(id);
        StaleEdit.check(form.getVersion(), row.getVersion());
        revise(row, form, id);
        Writes.flushed(rows::flush, oneRowEach());
    }

    @Override
    public void delete(Long id, long version) {
        AssessmentRow row = row(id);
        Writes.delete(rows, row, version, row.getVersion(), Optional::empty);
    }

    private void revise(AssessmentRow row, RowForm form, Long id) {
        AssessmentPart part = row.getPart();
        Long partnershipId = assessments.plan(part.getAssessment().getPlanId()).partnershipId();
        ProtectedCharacteristic characteristic = characteristics.offeredTo(partnershipId).stream()
                .filter(c -> c.getId().equals(form.getCharacteristicId())).findFirst()
                .orElseThrow(() -> Refusal.of("characteristicId", "equality.row.characteristic.unknown"));
        if (rows.existsByPartIdAndCharacteristicIdAndIdNot(part.getId(), characteristic.getId(), id)) {
            throw Refusal.of("characteristicId", "equality.row.characteristic.taken", characteristic.getName());
        }
        row.revise(characteristic, Forms.optional(form.getWording()), Forms.optional(form.getPositiveImpact()),
                Forms.optional(form.getAdverseImpact()), Forms.optional(form.getUnmetNeed()),
                Forms.optional(form.getEvidence()));
    }

    private static Map<String, Refusal.Problem> oneRowEach() {
        return Map.of(ONE_ROW_EACH, new Refusal.Problem("characteristicId", "equality.row.characteristic.taken.meanwhile"));
    }
}
