package uk.partnershipplans.portal.governance.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.RealDate;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form of an evidence source sends: its kind, and the fields of that kind. */
@Getter
@Setter
@NoArgsConstructor
class SourceForm extends VersionedForm {

    @Min(value = 1, message = "{review.position.range}")
    @Max(value = 999, message = "{review.position.range}")
    private Integer position;

    @NotNull(message = "{review.source.kind.required}")
    private SourceKind kind;

    @Size(max = 500, message = "{review.source.title.size}")
    private String title;

    @Size(max = 300, message = "{review.source.body.size}")
    private String body;

    @RealDate(name = "review.source.dated.name", example = "14 1 2018")
    private DateField dated = new DateField();

    @Size(max = 500, message = "{review.source.address.size}")
    private String address;

    @Size(max = 300, message = "{review.source.role.size}")
    private String role;

    @Size(max = 5_000, message = "{review.source.description.size}")
    private String description;

    static SourceForm of(Source source) {
        SourceForm form = new SourceForm();
        form.position = source.getPosition();
        form.kind = source.getKind();
        form.title = source.getTitle();
        form.body = source.getBody();
        form.dated = DateField.of(source.getDated());
        form.address = source.getAddress();
        form.role = source.getRole();
        form.description = source.getDescription();
        form.setVersion(source.getVersion());
        return form;
    }
}
