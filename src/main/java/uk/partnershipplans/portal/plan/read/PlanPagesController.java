package uk.partnershipplans.portal.plan.read;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.plan.PlanCatalogue;
import uk.partnershipplans.portal.plan.Positions;
import uk.partnershipplans.portal.shared.KeptContent;
import uk.partnershipplans.portal.shared.Role;

/**
 * The pages on which board members read the plans, and officers and admins with them: the list of plans, a plan, a
 * plan year with its two tables, and priority, action and indicator pages. Board members and admins also see links to
 * change what they read.
 */
@Controller
@RequiredArgsConstructor
class PlanPagesController {

    private static final String ID = "{id:\\d{1,18}}";

    private final PlanCatalogue catalogue;
    private final PlanReader reader;
    private final Positions positions;
    private final KeptContent kept;

    @GetMapping("/plans")
    String plans(Model model) {
        model.addAttribute("partnerships", catalogue.partnershipsWithPlans());
        return "plan/plans";
    }

    @GetMapping("/plans/" + ID)
    String plan(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/plan", model, request, response, authentication, () -> {
            model.addAttribute("page", found(reader.plan(id)));
            model.addAttribute("canEdit", Role.mayEditPlans(authentication));
            model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        });
    }

    @GetMapping("/plan-years/" + ID)
    String planYear(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/plan-year", model, request, response, authentication, () -> {
            PlanYearPage page = found(reader.planYear(id));
            model.addAttribute("page", page);
            model.addAttribute("canEdit", Role.mayEditPlans(authentication));
            // what a published year's plan says cannot change: its pages offer no changes
            model.addAttribute("canChange", Role.mayEditPlans(authentication) && !page.year().readOnly());
            model.addAttribute("admin", Role.ADMIN.isHeldBy(authentication));
        });
    }

    @GetMapping("/plan-years/" + ID + "/actions")
    String actionMatrix(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/action-matrix", model, request, response, authentication, () -> {
            model.addAttribute("page", found(reader.actionMatrix(id)));
        });
    }

    @GetMapping("/plan-years/" + ID + "/indicators")
    String indicatorSummary(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/indicator-summary", model, request, response, authentication, () -> {
            model.addAttribute("page", found(reader.indicatorSummary(id)));
        });
    }

    @GetMapping("/priorities/" + ID)
    String priority(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/priority", model, request, response, authentication, () -> {
            PriorityPage page = found(reader.priority(id));
            model.addAttribute("page", page);
            model.addAttribute("standing", positions.ofPriority(page.year().id(), id).orElse(null));
            model.addAttribute("canEdit", Role.mayEditPlans(authentication));
            // what a published year's plan says cannot change: its pages offer no changes
            model.addAttribute("canChange", Role.mayEditPlans(authentication) && !page.year().readOnly());
        });
    }

    @GetMapping("/actions/" + ID)
    String action(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/action", model, request, response, authentication, () -> {
            ActionPage page = found(reader.action(id));
            model.addAttribute("page", page);
            model.addAttribute("standing", positions.ofAction(page.year().id(), id).orElse(null));
            model.addAttribute("canEdit", Role.mayEditPlans(authentication));
            // what a published year's plan says cannot change: its pages offer no changes
            model.addAttribute("canChange", Role.mayEditPlans(authentication) && !page.year().readOnly());
            // board members and admins read every update
            model.addAttribute("canReadUpdates", Role.mayEditPlans(authentication));
        });
    }

    @GetMapping("/indicators/" + ID)
    String indicator(@PathVariable Long id, Model model, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response) {
        return kept.page("plan/indicator", model, request, response, authentication, () -> {
            model.addAttribute("page", found(reader.indicator(id)));
            model.addAttribute("canEdit", Role.mayEditPlans(authentication));
            // board members and admins read every update
            model.addAttribute("canReadUpdates", Role.mayEditPlans(authentication));
        });
    }

    private static <T> T found(Optional<T> page) {
        return page.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
