package uk.partnershipplans.portal.plan.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a key theme or a cross-cutting principle sends: a whole number, a title and a description. */
@Getter
@Setter
@NoArgsConstructor
class NumberedForm extends VersionedForm implements PartForm {

    @NotNull(message = "{admin.numbered.number.required}")
    @Min(value = 1, message = "{admin.numbered.number.range}")
    @Max(value = 999, message = "{admin.numbered.number.range}")
    private Integer number;

    @NotBlank(message = "{admin.numbered.title.required}")
    @Size(max = 300, message = "{admin.numbered.title.size}")
    private String title;

    @Size(max = 10000, message = "{admin.numbered.description.size}")
    private String description;

    @Override
    public String numberText() {
        return String.valueOf(number);
    }

    static NumberedForm of(int number, String title, String description, long version) {
        NumberedForm form = new NumberedForm();
        form.number = number;
        form.title = title;
        form.description = description;
        form.setVersion(version);
        return form;
    }
}
