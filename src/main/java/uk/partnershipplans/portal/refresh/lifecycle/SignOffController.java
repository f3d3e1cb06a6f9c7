package uk.partnershipplans.portal.refresh.lifecycle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.partnershipplans.portal.shared.Forms;
import uk.partnershipplans.portal.shared.Option;
import uk.partnershipplans.portal.shared.Role;

/**
 * A plan year's sign-off page: where it stands, every step it has taken with who decided, when and what, and the steps
 * it may take next. Everyone who can read the year reads it; board members and admins take it to consultation and
 * approve it; admins publish, supersede and reopen it.
 */
@Controller
@RequestMapping("/plan-years/{id:\\d{1,18}}/sign-off")
@RequiredArgsConstructor
class SignOffController {

    private final Lifecycle lifecycle;
    private final MessageSource messages;

    @GetMapping
    String page(@PathVariable Long id, Authentication authentication, Model model) {
        Lifecycle.YearLife life = lifecycle.life(id);
        boolean admin = Role.ADMIN.isHeldBy(authentication);
        model.addAttribute("life", life);
        model.addAttribute("mayEdit", Role.mayEditPlans(authentication));
        model.addAttribute("offered", life.nextSteps().stream().filter(step -> admin || !step.adminOnly()).toList());
        return "refresh/lifecycle/sign-off";
    }

    @GetMapping({"/consult", "/approve", "/publish", "/supersede", "/reopen"})
    String form(@PathVariable Long id, HttpServletRequest request, Authentication authentication, Model model) {
        Step taken = allowed(request, authentication);
        model.addAttribute("form", lifecycle.form(taken));
        return show(id, taken, model);
    }

    @PostMapping({"/consult", "/approve", "/publish", "/supersede", "/reopen"})
    String take(@PathVariable Long id, HttpServletRequest request, Authentication authentication,
            @Valid @ModelAttribute("form") SignOffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Step taken = allowed(request, authentication);
        lifecycle.check(id, taken, form, errors);
        return Forms.save(errors, model, () -> {
            lifecycle.take(id, taken, form);
            return id;
        }, () -> lifecycle.form(taken)).map(saved -> {
            redirect.addFlashAttribute("savedMessage", messages.getMessage("refresh.lifecycle.taken." + taken.name(),
                    new Object[] {lifecycle.year(id).label()}, Locale.UK));
            return "redirect:/plan-years/" + id + "/sign-off";
        }).orElseGet(() -> show(id, taken, model));
    }

    private String show(Long id, Step step, Model model) {
        model.addAttribute("year", lifecycle.year(id));
        model.addAttribute("step", step.name());
        model.addAttribute("slug", step.slug());
        model.addAttribute("bodyKinds", Arrays.stream(BodyKind.values()).map(kind -> new Option(kind.name(),
                messages.getMessage("refresh.lifecycle.body-kind." + kind.name(), null, Locale.UK))).toList());
        return "refresh/lifecycle/sign-off-form";
    }

    /** The step the address ends with, if the person may take it: 403 for one not theirs. */
    private static Step allowed(HttpServletRequest request, Authentication authentication) {
        String path = request.getRequestURI();
        String slug = path.substring(path.lastIndexOf('/') + 1);
        Step step = Step.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean allowed = step.adminOnly() ? Role.ADMIN.isHeldBy(authentication) : Role.mayEditPlans(authentication);
        if (!allowed) {
            throw new AccessDeniedException("not theirs to take");
        }
        return step;
    }
}
