package uk.partnershipplans.portal.partner.admin;

import static uk.partnershipplans.portal.shared.Forms.optional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.partner.model.GroupMember;
import uk.partnershipplans.portal.partner.model.GroupMemberRepository;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerGroup;
import uk.partnershipplans.portal.partner.model.PartnerGroupRepository;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembershipRepository;
import uk.partnershipplans.portal.partner.model.PartnershipRepository;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for a partnership's groups and their seats: group names unique in the partnership, roles unique in a
 * group, seats represent only organisations that are members of the partnership, stale saves refused.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class GroupAdmin {

    private final PartnershipRepository partnerships;
    private final PartnerGroupRepository groups;
    private final GroupMemberRepository members;
    private final PartnershipMembershipRepository memberships;

    public record GroupRow(Long id, String name, GroupType type, long members) {
    }

    /** A seat as its group's page shows it. */
    public record MemberRow(Long id, String role, String personName, String jobTitle, boolean vacant, List<String> organisations) {
    }

    /** What a group's page shows. */
    public record GroupPage(Long partnershipId, String partnershipName, Long id, String name, GroupType type,
            String description, long version, List<MemberRow> members) {
    }

    @Transactional(readOnly = true)
    Partnership partnership(Long partnershipId) {
        return partnerships.findById(partnershipId).orElseThrow(GroupAdmin::notFound);
    }

    @Transactional(readOnly = true)
    public List<GroupRow> groups(Long partnershipId) {
        partnership(partnershipId);
        return groups.rowsOf(partnershipId).stream()
                .map(row -> new GroupRow((Long) row[0], (String) row[1], (GroupType) row[2], (Long) row[3]))
                .toList();
    }

    @Transactional(readOnly = true)
    public GroupPage page(Long partnershipId, Long groupId) {
        PartnerGroup group = group(partnershipId, groupId);
        List<MemberRow> rows = members.findWithOrganisationsByGroupId(groupId).stream()
                .map(m -> new MemberRow(m.getId(), m.getRole(), m.getPersonName(), m.getJobTitle(), m.isVacant(),
                        m.getOrganisations().stream().map(PartnerOrganisation::getName).sorted().toList()))
                .toList();
        return new GroupPage(partnershipId, group.getPartnership().getName(), group.getId(), group.getName(),
                group.getType(), group.getDescription(), group.getVersion(), rows);
    }

    /** The organisations a seat may represent: the partnership's members, by name. */
    @Transactional(readOnly = true)
    List<PartnerOrganisation> organisations(Long partnershipId) {
        return memberships.organisationsOf(partnershipId);
    }

    @Transactional(readOnly = true)
    GroupForm groupForm(Long partnershipId, Long groupId) {
        return GroupForm.of(group(partnershipId, groupId));
    }

    Long createGroup(Long partnershipId, GroupForm form) {
        Partnership partnership = partnership(partnershipId);
        String name = form.getName().strip();
        refuseTakenName(partnershipId, name, null);
        return saveGroup(new PartnerGroup(partnership, name, form.getType(), optional(form.getDescription()))).getId();
    }

    void updateGroup(Long partnershipId, Long groupId, GroupForm form) {
        PartnerGroup group = group(partnershipId, groupId);
        StaleEdit.check(form.getVersion(), group.getVersion());
        String name = form.getName().strip();
        refuseTakenName(partnershipId, name, groupId);
        group.revise(name, form.getType(), optional(form.getDescription()));
        saveGroup(group);
    }

    /** Deletes the group with its seats. */
    void deleteGroup(Long partnershipId, Long groupId, long version) {
        PartnerGroup group = group(partnershipId, groupId);
        Writes.delete(groups, group, version, group.getVersion(), Optional::empty);
    }

    @Transactional(readOnly = true)
    long memberCount(Long groupId) {
        return members.countByGroupId(groupId);
    }

    @Transactional(readOnly = true)
    GroupMember member(Long partnershipId, Long groupId, Long memberId) {
        group(partnershipId, groupId);
        return members.findById(memberId).filter(m -> m.getGroup().getId().equals(groupId))
                .orElseThrow(GroupAdmin::notFound);
    }

    @Transactional(readOnly = true)
    MemberForm memberForm(Long partnershipId, Long groupId, Long memberId) {
        return MemberForm.of(member(partnershipId, groupId, memberId));
    }

    Long addMember(Long partnershipId, Long groupId, MemberForm form) {
        PartnerGroup group = group(partnershipId, groupId);
        String role = form.getRole().strip();
        refuseTakenRole(group, role, null);
        refuseNamedAndVacant(form);
        GroupMember member = new GroupMember(group, members.lastPosition(groupId) + 1, role,
                optional(form.getPersonName()), optional(form.getJobTitle()), form.isVacant(), represented(partnershipId, form));
        group.seat(member);
        return saveMember(member).getId();
    }

    void updateMember(Long partnershipId, Long groupId, Long memberId, MemberForm form) {
        GroupMember member = member(partnershipId, groupId, memberId);
        StaleEdit.check(form.getVersion(), member.getVersion());
        String role = form.getRole().strip();
        refuseTakenRole(member.getGroup(), role, memberId);
        refuseNamedAndVacant(form);
        member.revise(role, optional(form.getPersonName()), optional(form.getJobTitle()), form.isVacant(),
                represented(partnershipId, form));
        saveMember(member);
    }

    void removeMember(Long partnershipId, Long groupId, Long memberId, long version) {
        GroupMember member = member(partnershipId, groupId, memberId);
        StaleEdit.check(version, member.getVersion());
        Writes.flushed(() -> {
            member.getGroup().unseat(member);
            members.delete(member);
            members.flush();
        }, Map.of());
    }

    private static void refuseNamedAndVacant(MemberForm form) {
        if (form.isVacant() && optional(form.getPersonName()) != null) {
            throw Refusal.of("vacant", "admin.member.vacant.named");
        }
    }

    private Set<PartnerOrganisation> represented(Long partnershipId, MemberForm form) {
        Set<Long> chosen = new LinkedHashSet<>(form.getOrganisationIds() == null ? List.of() : form.getOrganisationIds());
        chosen.remove(null);
        Set<PartnerOrganisation> found = new LinkedHashSet<>();
        for (PartnerOrganisation organisation : memberships.organisationsOf(partnershipId)) {
            if (chosen.remove(organisation.getId())) {
                found.add(organisation);
            }
        }
        if (!chosen.isEmpty()) {
            throw Refusal.of("organisationIds", "admin.member.organisations.not-members");
        }
        return found;
    }

    private void refuseTakenName(Long partnershipId, String name, Long groupId) {
        groups.findFirstByPartnershipIdAndNameIgnoreCase(partnershipId, name)
                .filter(existing -> !existing.getId().equals(groupId))
                .ifPresent(existing -> {
                    throw Refusal.of("name", "admin.group.name.taken", existing.getName());
                });
    }

    private void refuseTakenRole(PartnerGroup group, String role, Long memberId) {
        members.findFirstByGroupIdAndRoleIgnoreCase(group.getId(), role)
                .filter(existing -> !existing.getId().equals(memberId))
                .ifPresent(existing -> {
                    throw Refusal.of("role", "admin.member.role.taken", existing.getRole());
                });
    }

    private PartnerGroup saveGroup(PartnerGroup group) {
        return Writes.flushed(() -> groups.saveAndFlush(group),
                Map.of("uk_partner_group_name", new Refusal.Problem("name", "admin.group.name.taken", group.getName())));
    }

    private GroupMember saveMember(GroupMember member) {
        return Writes.flushed(() -> members.saveAndFlush(member),
                Map.of("uk_group_member_role", new Refusal.Problem("role", "admin.member.role.taken", member.getRole())));
    }

    private PartnerGroup group(Long partnershipId, Long groupId) {
        return groups.findById(groupId).filter(g -> g.getPartnership().getId().equals(partnershipId))
                .orElseThrow(GroupAdmin::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
