package uk.partnershipplans.portal.partner.read;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The partnership and its groups, for the people of the partnership: board members above all, who sit on them. */
@Controller
@RequiredArgsConstructor
class PartnershipPagesController {

    private static final String ID = "{id:\\d{1,18}}";

    private final PartnershipPages pages;

    @GetMapping("/partnerships/" + ID)
    String partnership(@PathVariable Long id, Model model) {
        model.addAttribute("page", pages.partnership(id));
        return "partner/read/partnership";
    }

    @GetMapping("/partnerships/" + ID + "/groups/{groupId:\\d{1,18}}")
    String group(@PathVariable Long id, @PathVariable Long groupId, Model model) {
        model.addAttribute("page", pages.group(id, groupId));
        return "partner/read/group";
    }
}
