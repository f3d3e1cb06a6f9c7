package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerGroup;

/** What the group form sends. */
@Getter
@Setter
@NoArgsConstructor
class GroupForm {

    @NotBlank(message = "{admin.group.name.required}")
    @Size(max = 200, message = "{admin.group.name.size}")
    private String name;

    @NotNull(message = "{admin.group.type.required}")
    private GroupType type;

    @Size(max = 5000, message = "{admin.group.description.size}")
    private String description;

    private Long version;

    static GroupForm of(PartnerGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.type = group.getType();
        form.description = group.getDescription();
        form.version = group.getVersion();
        return form;
    }
}
