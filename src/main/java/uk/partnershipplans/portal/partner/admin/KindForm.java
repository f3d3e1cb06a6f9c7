package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.model.PartnerKind;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a kind of partner sends. */
@Getter
@Setter
@NoArgsConstructor
class KindForm extends VersionedForm {

    @NotBlank(message = "{admin.kind.name.required}")
    @Size(max = 100, message = "{admin.kind.name.size}")
    private String name;

    static KindForm of(PartnerKind kind) {
        KindForm form = new KindForm();
        form.name = kind.getName();
        form.setVersion(kind.getVersion());
        return form;
    }
}
