package uk.partnershipplans.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.partnershipplans.portal.shared.Forms;

/** Every signed-in person changes their own password here; someone given a password by an admin must, first. */
@Controller
@RequestMapping(PasswordChangeRequiredFilter.PAGE)
@RequiredArgsConstructor
class PasswordController {

    private static final String VIEW = "account/password";

    private final OwnPassword ownPassword;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @GetMapping
    String form(Authentication authentication, Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return show(authentication, model);
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult errors, Authentication authentication,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return Forms.save(errors, model, () -> {
            ownPassword.change(authentication.getName(), form);
            return true;
        }, ChangePasswordForm::new).map(changed -> {
            lift(authentication, request, response);
            return "redirect:/";
        }).orElseGet(() -> show(authentication, model));
    }

    private static String show(Authentication authentication, Model model) {
        model.addAttribute("mustChange", PasswordChangeRequiredFilter.mustChangePassword(authentication));
        return VIEW;
    }

    /** The rest of the portal opens at once: the session keeps its roles, without the need to change the password. */
    private void lift(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!PasswordChangeRequiredFilter.mustChangePassword(authentication)) {
            return;
        }
        List<GrantedAuthority> authorities = authentication.getAuthorities().stream()
                .filter(authority -> !PasswordChangeRequiredFilter.AUTHORITY.equals(authority.getAuthority()))
                .map(GrantedAuthority.class::cast)
                .toList();
        UsernamePasswordAuthenticationToken lifted = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authorities);
        lifted.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(lifted);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
