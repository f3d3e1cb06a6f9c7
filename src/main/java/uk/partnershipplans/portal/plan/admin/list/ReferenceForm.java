package uk.partnershipplans.portal.plan.admin.list;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.plan.model.PlanReference;
import uk.partnershipplans.portal.shared.VersionedForm;
import uk.partnershipplans.portal.shared.WebAddress;

/** What the form for a document a plan refers to sends. The place is optional: left empty, it goes at the end. */
@Getter
@Setter
@NoArgsConstructor
class ReferenceForm extends VersionedForm {

    @Min(value = 1, message = "{admin.reference.position.range}")
    @Max(value = 999, message = "{admin.reference.position.range}")
    private Integer position;

    @NotBlank(message = "{admin.reference.title.required}")
    @Size(max = 500, message = "{admin.reference.title.size}")
    private String title;

    @Size(max = 100, message = "{admin.reference.dated.size}")
    private String dated;

    @Size(max = 500, message = "{admin.reference.url.size}")
    @WebAddress(message = "{admin.reference.url.format}")
    private String url;

    static ReferenceForm of(PlanReference reference) {
        ReferenceForm form = new ReferenceForm();
        form.position = reference.getPosition();
        form.title = reference.getTitle();
        form.dated = reference.getDated();
        form.url = reference.getUrl();
        form.setVersion(reference.getVersion());
        return form;
    }
}
