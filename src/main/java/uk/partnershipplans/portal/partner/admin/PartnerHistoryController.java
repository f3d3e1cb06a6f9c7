package uk.partnershipplans.portal.partner.admin;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.partner.model.GroupMember;
import uk.partnershipplans.portal.partner.model.PartnerGroup;
import uk.partnershipplans.portal.partner.model.PartnerOrganisation;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.partner.model.PartnershipMembership;

/** The history of changes to partner organisations (with their memberships), partnerships and groups (with their seats). */
@Controller
@RequiredArgsConstructor
class PartnerHistoryController {

    private static final String VIEW = "admin/history";

    private final ChangeHistory history;
    private final OrganisationAdmin organisations;
    private final PartnershipAdmin partnerships;
    private final GroupAdmin groups;
    private final MessageSource messages;

    @GetMapping("/admin/partners/{id}/history")
    String organisation(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        String path = "/admin/partners/" + id;
        return show(model, text("admin.organisation.caption"), organisations.organisation(id).getName(), path, page,
                Track.of(PartnerOrganisation.class, id),
                Track.related(PartnershipMembership.class, "organisation", id,
                        "history.PartnershipMembership.in-partnership", "partnership"));
    }

    @GetMapping("/admin/partnerships/{id}/history")
    String partnership(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        String path = "/admin/partnerships/" + id;
        return show(model, text("admin.partnership.caption"), partnerships.partnership(id).getName(), path, page,
                Track.of(Partnership.class, id),
                Track.related(PartnershipMembership.class, "partnership", id,
                        "history.PartnershipMembership.of-organisation", "organisation"));
    }

    @GetMapping("/admin/partnerships/{partnershipId}/groups/{groupId}/history")
    String group(@PathVariable Long partnershipId, @PathVariable Long groupId, @RequestParam(defaultValue = "1") int page,
            Model model) {
        GroupAdmin.GroupPage group = groups.page(partnershipId, groupId);
        String path = "/admin/partnerships/" + partnershipId + "/groups/" + groupId;
        return show(model, text("admin.group.caption", group.partnershipName()), group.name(), path, page,
                Track.of(PartnerGroup.class, groupId),
                Track.related(GroupMember.class, "group", groupId, "history.GroupMember.seat", "role"));
    }

    private String show(Model model, String caption, String name, String recordPath, int page, Track... tracks) {
        model.addAttribute("page", new HistoryPage(caption, name, recordPath, recordPath + "/history",
                history.read(List.of(tracks), Math.max(page, 1) - 1)));
        return VIEW;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
