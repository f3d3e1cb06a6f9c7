package uk.partnershipplans.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private static final String FORM = "signInForm";

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute(FORM, new SignInForm(""));
        return "account/sign-in";
    }

    /**
     * Spring Security forwards a failed sign-in here. An unknown username and a wrong password get the same message;
     * a deactivated account is named as such only when the password was right (see SecurityConfig). The username
     * typed is kept, the password never. A sign-in that could not be checked at all (the database could not be
     * reached) is not said to be wrong: what stopped it goes on to the error pages.
     */
    @PostMapping("/login/failed")
    String signInFailed(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Object exception = request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (exception instanceof AuthenticationServiceException unchecked
                && unchecked.getCause() instanceof RuntimeException cause) {
            throw cause;
        }
        String failure = exception instanceof LockedException ? "sign-in.error.locked"
                : exception instanceof DisabledException ? "sign-in.error.deactivated" : "sign-in.error.invalid";
        SignInForm form = new SignInForm(username);
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        errors.rejectValue("username", failure);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("failure", failure);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "account/sign-in";
    }

    @GetMapping("/session-expired")
    String sessionExpired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "account/session-expired";
    }
}
