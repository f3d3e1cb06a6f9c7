package uk.partnershipplans.portal.governance.equality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a part of an assessment sends. The place is optional: left empty, a new part goes at the end. */
@Getter
@Setter
@NoArgsConstructor
class PartForm extends VersionedForm {

    private static final int TEXT = 20_000;

    @Min(value = 1, message = "{equality.position.range}")
    @Max(value = 999, message = "{equality.position.range}")
    private Integer position;

    @NotBlank(message = "{equality.part.title.required}")
    @Size(max = 300, message = "{equality.part.title.size}")
    private String title;

    @Size(max = TEXT, message = "{equality.text.size}")
    private String informationUsed;

    @Size(max = TEXT, message = "{equality.text.size}")
    private String summary;

    private Outcome outcome;

    @Size(max = TEXT, message = "{equality.text.size}")
    private String outcomeReason;

    @Size(max = TEXT, message = "{equality.text.size}")
    private String monitoring;

    static PartForm of(AssessmentPart part) {
        PartForm form = new PartForm();
        form.position = part.getPosition();
        form.title = part.getTitle();
        form.informationUsed = part.getInformationUsed();
        form.summary = part.getSummary();
        form.outcome = part.getOutcome();
        form.outcomeReason = part.getOutcomeReason();
        form.monitoring = part.getMonitoring();
        form.setVersion(part.getVersion());
        return form;
    }
}
