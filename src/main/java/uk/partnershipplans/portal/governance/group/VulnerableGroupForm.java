package uk.partnershipplans.portal.governance.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a vulnerable group sends. */
@Getter
@Setter
@NoArgsConstructor
class VulnerableGroupForm extends VersionedForm {

    @NotBlank(message = "{group.name.required}")
    @Size(max = 200, message = "{group.name.size}")
    private String name;

    @Size(max = 10_000, message = "{group.definition.size}")
    private String definition;

    private List<Long> priorityIds = new ArrayList<>();

    static VulnerableGroupForm of(VulnerableGroup group) {
        VulnerableGroupForm form = new VulnerableGroupForm();
        form.name = group.getName();
        form.definition = group.getDefinition();
        form.priorityIds = new ArrayList<>(group.getPriorityIds());
        form.setVersion(group.getVersion());
        return form;
    }
}
