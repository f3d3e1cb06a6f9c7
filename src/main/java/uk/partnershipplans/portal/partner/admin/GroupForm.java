package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerGroup;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the group form sends. */
@Getter
@Setter
@NoArgsConstructor
class GroupForm extends VersionedForm {

    @NotBlank(message = "{admin.group.name.required}")
    @Size(max = 200, message = "{admin.group.name.size}")
    private String name;

    @NotNull(message = "{admin.group.type.required}")
    private GroupType type;

    @Size(max = 5000, message = "{admin.group.description.size}")
    private String description;

    static GroupForm of(PartnerGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.type = group.getType();
        form.description = group.getDescription();
        form.setVersion(group.getVersion());
        return form;
    }
}
