package uk.partnershipplans.portal.partner.read;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.partnershipplans.portal.partner.admin.GroupAdmin;
import uk.partnershipplans.portal.partner.admin.GroupAdmin.GroupPage;
import uk.partnershipplans.portal.partner.admin.PartnershipAdmin;
import uk.partnershipplans.portal.partner.model.Partnership;
import uk.partnershipplans.portal.shared.Narrative;

/**
 * The partnership and its groups, for the people of the partnership (board members above all, who sit on them): what
 * the admin pages keep, read without their change and delete buttons.
 */
@Controller
@RequiredArgsConstructor
class PartnershipPagesController {

    private static final String ID = "{id:\\d{1,18}}";

    private final PartnershipAdmin partnerships;
    private final GroupAdmin groups;

    @GetMapping("/partnerships/" + ID)
    String partnership(@PathVariable Long id, Model model) {
        Partnership partnership = partnerships.partnership(id);
        model.addAttribute("partnership", partnership);
        model.addAttribute("description", Narrative.parse(partnership.getDescription()));
        model.addAttribute("vision", Narrative.parse(partnership.getVision()));
        model.addAttribute("parent", partnerships.parentOf(id).orElse(null));
        model.addAttribute("members", partnerships.members(id).stream().filter(m -> m.getLeftOn() == null)
                .map(m -> m.getOrganisation().getName()).distinct().toList());
        model.addAttribute("groups", groups.groups(id));
        return "partner/read/partnership";
    }

    @GetMapping("/partnerships/" + ID + "/groups/{groupId:\\d{1,18}}")
    String group(@PathVariable Long id, @PathVariable Long groupId, Model model) {
        GroupPage group = groups.page(id, groupId);
        model.addAttribute("group", group);
        model.addAttribute("description", Narrative.parse(group.description()));
        return "partner/read/group";
    }
}
