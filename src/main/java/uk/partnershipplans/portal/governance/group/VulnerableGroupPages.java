package uk.partnershipplans.portal.governance.group;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.governance.group.VulnerableGroups.OneGroup;
import uk.partnershipplans.portal.history.ChangeHistory;
import uk.partnershipplans.portal.history.ChangeHistory.Track;
import uk.partnershipplans.portal.history.HistoryPage;
import uk.partnershipplans.portal.shared.Role;

/**
 * A plan's vulnerable groups for everyone who reads the plan: the list, linked from the plan's page, and each group
 * with the actions and indicators of the priorities that serve it (the plan's work filtered by the group), and its
 * history. Admins add and change groups from here.
 */
@Controller
@RequiredArgsConstructor
class VulnerableGroupPages {

    private final VulnerableGroups groups;
    private final ChangeHistory history;

    @GetMapping("/plans/{id:\\d{1,18}}/vulnerable-groups")
    String list(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("groups", groups.ofPlan(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/vulnerable-groups";
    }

    @GetMapping("/vulnerable-groups/{id:\\d{1,18}}")
    String group(@PathVariable Long id, Authentication authentication, Model model) {
        model.addAttribute("found", groups.group(id));
        model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        return "governance/vulnerable-group";
    }

    @GetMapping("/vulnerable-groups/{id:\\d{1,18}}/history")
    String history(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
        OneGroup found = groups.group(id);
        String path = "/vulnerable-groups/" + id;
        model.addAttribute("page", new HistoryPage(found.plan().title(), found.group().name(), path, path + "/history",
                history.read(List.of(Track.of(VulnerableGroup.class, id)), Math.max(page, 1) - 1)));
        return "admin/history";
    }
}
