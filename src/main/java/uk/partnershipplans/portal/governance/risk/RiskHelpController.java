package uk.partnershipplans.portal.governance.risk;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How a risk is scored and rated, from the rule the register applies ({@link RiskRating}); linked from the status help. */
@Controller
class RiskHelpController {

    @GetMapping("/help/risks")
    String help(Model model) {
        model.addAttribute("ratings", List.of(RiskRating.values()));
        return "governance/risks-help";
    }
}
