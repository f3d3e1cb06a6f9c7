package uk.partnershipplans.portal.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.partnershipplans.portal.plan.PlanCatalogue;
import uk.partnershipplans.portal.reporting.MyUpdates;
import uk.partnershipplans.portal.shared.KeptContent;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Role;

/**
 * Sends each person to the home page of their role: admins to administration, board members to the plans, officers to
 * their updates in open rounds.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final PlanCatalogue plans;
    private final MyUpdates myUpdates;
    private final Reaches reaches;
    private final KeptContent kept;

    @GetMapping("/")
    String home(Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (Role.ADMIN.isHeldBy(authentication)) {
            return "redirect:/admin";
        }
        if (Role.BOARD.isHeldBy(authentication)) {
            model.addAttribute("partnerships", plans.partnershipsWithPlans());
            return "home/board";
        }
        return kept.personalPage("home/officer", model, request, response, authentication, () -> {
            model.addAttribute("updates", myUpdates.of(authentication.getName()));
            model.addAttribute("pastUpdates", myUpdates.past(authentication.getName()));
            model.addAttribute("pastShown", MyUpdates.PAST_SHOWN);
        });
    }

    @GetMapping("/admin")
    String administration(Model model) {
        model.addAttribute("installationAdmin", reaches.current().everywhere());
        return "admin/index";
    }
}
