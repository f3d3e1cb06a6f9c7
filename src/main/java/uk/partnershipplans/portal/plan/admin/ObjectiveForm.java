package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.Numbering;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a strategic or an operational objective sends: a number such as "1" or "1.2", a title, a description. */
@Getter
@Setter
@NoArgsConstructor
class ObjectiveForm extends VersionedForm implements PartForm {

    @NotBlank(message = "{admin.objective.number.required}")
    @Size(max = 20, message = "{admin.objective.number.size}")
    @Pattern(regexp = Numbering.PATTERN, message = "{admin.objective.number.format}")
    private String number;

    @NotBlank(message = "{admin.objective.title.required}")
    @Size(max = 300, message = "{admin.objective.title.size}")
    private String title;

    @Size(max = 10000, message = "{admin.objective.description.size}")
    private String description;

    @Override
    public String numberText() {
        return number.strip();
    }

    static ObjectiveForm of(String number, String title, String description, long version) {
        ObjectiveForm form = new ObjectiveForm();
        form.number = number;
        form.title = title;
        form.description = description;
        form.setVersion(version);
        return form;
    }
}
