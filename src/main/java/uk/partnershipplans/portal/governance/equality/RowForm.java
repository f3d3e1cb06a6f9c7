package uk.partnershipplans.portal.governance.equality;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a part's row for one protected characteristic or group sends. */
@Getter
@Setter
@NoArgsConstructor
class RowForm extends VersionedForm {

    private static final int FINDING = 2_000;

    @NotNull(message = "{equality.row.characteristic.required}")
    private Long characteristicId;

    @Size(max = 200, message = "{equality.row.wording.size}")
    private String wording;

    @Size(max = FINDING, message = "{equality.row.finding.size}")
    private String positiveImpact;

    @Size(max = FINDING, message = "{equality.row.finding.size}")
    private String adverseImpact;

    @Size(max = FINDING, message = "{equality.row.finding.size}")
    private String unmetNeed;

    @Size(max = 20_000, message = "{equality.text.size}")
    private String evidence;

    static RowForm of(AssessmentRow row) {
        RowForm form = new RowForm();
        form.characteristicId = row.getCharacteristic().getId();
        form.wording = row.getWording();
        form.positiveImpact = row.getPositiveImpact();
        form.adverseImpact = row.getAdverseImpact();
        form.unmetNeed = row.getUnmetNeed();
        form.evidence = row.getEvidence();
        form.setVersion(row.getVersion());
        return form;
    }
}
