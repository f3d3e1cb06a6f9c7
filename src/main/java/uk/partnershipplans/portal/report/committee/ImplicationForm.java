package uk.partnershipplans.portal.report.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of a report's implication sends. The place is optional: left empty, it goes at the end. */
@Getter
@Setter
@NoArgsConstructor
class ImplicationForm extends VersionedForm {

    @Min(value = 1, message = "{committee.position.range}")
    @Max(value = 999, message = "{committee.position.range}")
    private Integer position;

    @NotBlank(message = "{committee.implication.heading.required}")
    @Size(max = 200, message = "{committee.implication.heading.size}")
    private String heading;

    @NotBlank(message = "{committee.implication.text.required}")
    @Size(max = 20_000, message = "{committee.text.size}")
    private String text;

    static ImplicationForm of(Implication implication) {
        ImplicationForm form = new ImplicationForm();
        form.position = implication.getPosition();
        form.heading = implication.getHeading();
        form.text = implication.getText();
        form.setVersion(implication.getVersion());
        return form;
    }
}
