package uk.partnershipplans.portal.partner.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.partner.model.GroupMember;
import uk.partnershipplans.portal.partner.model.GroupType;
import uk.partnershipplans.portal.partner.model.PartnerGroup;
import uk.partnershipplans.portal.shared.DeletePage;
import uk.partnershipplans.portal.shared.Deletions;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.SavedVersion;

/** Admins keep a partnership's groups (boards, executives, hubs ...) and the seats on each, by role. */
@Controller
@RequestMapping("/admin/partnerships/{partnershipId}/groups")
@RequiredArgsConstructor
class GroupAdminController {

    private static final String GROUP_FORM = "partner/admin/group-form";
    private static final String MEMBER_FORM = "partner/admin/member-form";

    private final GroupAdmin admin;
    private final MessageSource messages;
    private final ChangeHistory changes;

    @GetMapping
    String list(@PathVariable Long partnershipId, Model model) {
        model.addAttribute("partnership", admin.partnership(partnershipId));
        model.addAttribute("groups", admin.groups(partnershipId));
        return "partner/admin/groups";
    }

    @GetMapping("/new")
    String newGroup(@PathVariable Long partnershipId, Model model) {
        model.addAttribute("form", new GroupForm());
        return showGroupForm(partnershipId, null, model);
    }

    @PostMapping("/new")
    String createGroup(@PathVariable Long partnershipId, @Valid @ModelAttribute("form") GroupForm form,
            BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.createGroup(partnershipId, form), () -> form)
                .map(id -> "redirect:" + groupPath(partnershipId, id))
                .orElseGet(() -> showGroupForm(partnershipId, null, model));
    }

    @GetMapping("/{groupId}")
    String show(@PathVariable Long partnershipId, @PathVariable Long groupId, Model model) {
        model.addAttribute("group", admin.page(partnershipId, groupId));
        return "partner/admin/group";
    }

    @GetMapping("/{groupId}/edit")
    String editGroup(@PathVariable Long partnershipId, @PathVariable Long groupId, Model model) {
        model.addAttribute("form", admin.groupForm(partnershipId, groupId));
        return showGroupForm(partnershipId, groupId, model);
    }

    @PostMapping("/{groupId}/edit")
    String updateGroup(@PathVariable Long partnershipId, @PathVariable Long groupId,
            @Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.updateGroup(partnershipId, groupId, form);
            return groupId;
        }, () -> SavedVersion.of(admin.groupForm(partnershipId, groupId), changes.lastSaved(PartnerGroup.class, groupId)))
                .map(id -> "redirect:" + groupPath(partnershipId, id))
                .orElseGet(() -> showGroupForm(partnershipId, groupId, model));
    }

    @GetMapping("/{groupId}/delete")
    String confirmDeleteGroup(@PathVariable Long partnershipId, @PathVariable Long groupId, Model model) {
        return Deletions.confirm(model, messages, groupDeletePage(partnershipId, groupId), Optional.empty());
    }

    @PostMapping("/{groupId}/delete")
    String deleteGroup(@PathVariable Long partnershipId, @PathVariable Long groupId, @RequestParam long version,
            Model model) {
        return Deletions.delete(model, messages, () -> groupDeletePage(partnershipId, groupId),
                () -> admin.deleteGroup(partnershipId, groupId, version), groupsPath(partnershipId));
    }

    @GetMapping("/{groupId}/members/new")
    String newMember(@PathVariable Long partnershipId, @PathVariable Long groupId, Model model) {
        model.addAttribute("form", new MemberForm());
        return showMemberForm(partnershipId, groupId, null, model);
    }

    @PostMapping("/{groupId}/members/new")
    String addMember(@PathVariable Long partnershipId, @PathVariable Long groupId,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> admin.addMember(partnershipId, groupId, form), () -> form)
                .map(id -> "redirect:" + groupPath(partnershipId, groupId))
                .orElseGet(() -> showMemberForm(partnershipId, groupId, null, model));
    }

    @GetMapping("/{groupId}/members/{memberId}/edit")
    String editMember(@PathVariable Long partnershipId, @PathVariable Long groupId, @PathVariable Long memberId,
            Model model) {
        model.addAttribute("form", admin.memberForm(partnershipId, groupId, memberId));
        return showMemberForm(partnershipId, groupId, memberId, model);
    }

    @PostMapping("/{groupId}/members/{memberId}/edit")
    String updateMember(@PathVariable Long partnershipId, @PathVariable Long groupId, @PathVariable Long memberId,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult errors, Model model) {
        return Forms.save(errors, model, () -> {
            admin.updateMember(partnershipId, groupId, memberId, form);
            return memberId;
        }, () -> SavedVersion.of(admin.memberForm(partnershipId, groupId, memberId),
                changes.lastSaved(GroupMember.class, memberId)))
                .map(id -> "redirect:" + groupPath(partnershipId, groupId))
                .orElseGet(() -> showMemberForm(partnershipId, groupId, memberId, model));
    }

    @GetMapping("/{groupId}/members/{memberId}/delete")
    String confirmRemoveMember(@PathVariable Long partnershipId, @PathVariable Long groupId,
            @PathVariable Long memberId, Model model) {
        return Deletions.confirm(model, messages, memberDeletePage(partnershipId, groupId, memberId),
                Optional.empty());
    }

    @PostMapping("/{groupId}/members/{memberId}/delete")
    String removeMember(@PathVariable Long partnershipId, @PathVariable Long groupId, @PathVariable Long memberId,
            @RequestParam long version, Model model) {
        return Deletions.delete(model, messages, () -> memberDeletePage(partnershipId, groupId, memberId),
                () -> admin.removeMember(partnershipId, groupId, memberId, version), groupPath(partnershipId, groupId));
    }

    private DeletePage groupDeletePage(Long partnershipId, Long groupId) {
        GroupAdmin.GroupPage group = admin.page(partnershipId, groupId);
        String path = groupPath(partnershipId, groupId);
        return DeletePage.confirm(DeletePage.text("admin.group.thing", group.name()), path + "/delete", path,
                group.version(), DeletePage.text("admin.group.delete.consequence", group.members().size()));
    }

    private DeletePage memberDeletePage(Long partnershipId, Long groupId, Long memberId) {
        GroupMember member = admin.member(partnershipId, groupId, memberId);
        GroupAdmin.GroupPage group = admin.page(partnershipId, groupId);
        String path = groupPath(partnershipId, groupId);
        return DeletePage.confirm(DeletePage.text("admin.member.thing", member.getRole(), group.name()),
                path + "/members/" + memberId + "/delete", path, member.getVersion(), null);
    }

    private String showGroupForm(Long partnershipId, Long groupId, Model model) {
        model.addAttribute("partnership", admin.partnership(partnershipId));
        model.addAttribute("groupId", groupId);
        model.addAttribute("types", Arrays.stream(GroupType.values())
                .map(type -> new Option(type.name(), messages.getMessage("admin.group.type." + type.name(), null,
                        LocaleContextHolder.getLocale())))
                .toList());
        return GROUP_FORM;
    }

    private String showMemberForm(Long partnershipId, Long groupId, Long memberId, Model model) {
        model.addAttribute("group", admin.page(partnershipId, groupId));
        model.addAttribute("memberId", memberId);
        List<Option> organisations = admin.organisations(partnershipId).stream()
                .map(o -> new Option(String.valueOf(o.getId()), o.getName())).toList();
        model.addAttribute("organisations", organisations);
        model.addAttribute("vacantOptions", List.of(new Option("true",
                messages.getMessage("admin.member.vacant.option", null, LocaleContextHolder.getLocale()))));
        return MEMBER_FORM;
    }

    private static String groupsPath(Long partnershipId) {
        return "/admin/partnerships/" + partnershipId + "/groups";
    }

    private static String groupPath(Long partnershipId, Long groupId) {
        return groupsPath(partnershipId) + "/" + groupId;
    }
}
