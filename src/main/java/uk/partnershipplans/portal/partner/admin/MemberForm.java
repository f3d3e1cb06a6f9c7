package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import uk.partnershipplans.portal.partner.model.GroupMember;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.shared.VersionedForm;

/** What the form for a seat on a group sends: the role, who holds it if anyone, and the organisations it represents. */
@Getter
@Setter
@NoArgsConstructor
class MemberForm extends VersionedForm {

    @NotBlank(message = "{admin.member.role.required}")
    @Size(max = 200, message = "{admin.member.role.size}")
    private String role;

    @Size(max = 200, message = "{admin.member.person-name.size}")
    private String personName;

    @Size(max = 200, message = "{admin.member.job-title.size}")
    private String jobTitle;

    /** The seat is empty, as the documents say; nobody may then be named in it. */
    private boolean vacant;

    private List<Long> organisationIds = new ArrayList<>();

    static MemberForm of(GroupMember member) {
        MemberForm form = new MemberForm();
        form.role = member.getRole();
        form.personName = member.getPersonName();
        form.jobTitle = member.getJobTitle();
        form.vacant = member.isVacant();
        form.organisationIds = new ArrayList<>(member.getOrganisations().stream().map(PartnerOrganisation::getId).toList());
        form.setVersion(member.getVersion());
        return form;
    }
}
