package uk.partnershipplans.portal.plan.edit;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/**
 * The target of an indicator for one period, and what it rests on. The target is kept as typed ("85%", "12.5") and
 * read in {@link IndicatorEditService}; the period is asked for only when adding a target for a new period.
 */
@Getter
@Setter
class TargetForm extends VersionedForm {

    @Size(max = 50, message = "{edit.target.period.size}")
    private String periodLabel;

    private String target;

    @Size(max = 1000, message = "{edit.target.note.size}")
    private String targetNote;
}
