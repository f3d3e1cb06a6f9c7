package uk.partnershipplans.portal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.partnershipplans.portal.account.AccountAuthenticationProvider.AccountLocked;
import uk.partnershipplans.portal.shared.Dates;

@Controller
class SignInController {

    private static final String FORM = "signInForm";

    private final boolean demoAccounts;

    /** With the demo data (never in production), the sign-in page names the demo accounts. */
    SignInController(@Value("${portal.demo-data:false}") boolean demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @ModelAttribute("demoAccounts")
    boolean demoAccounts() {
        return demoAccounts;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute(FORM, new SignInForm(""));
        return "account/sign-in";
    }

    /**
     * Spring Security forwards a failed sign-in here. An unknown username and a wrong password get the same message;
     * a deactivated or locked account is named as such only when the password was right (see
     * {@link AccountAuthenticationProvider}). The username typed is kept, the password never. A sign-in refused for a
     * while (too many attempts from the same address or for the same username, or the only active admin waiting) gets
     * a page of its own. A sign-in that could not be checked at all (the database could not be reached) is not said to
     * be wrong: what stopped it goes on to the error pages.
     */
    @PostMapping(SecurityConfig.SIGN_IN_FAILED)
    String signInFailed(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Object exception = request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (exception instanceof TooManySignInAttempts tooMany) {
            return tooManyAttempts(tooMany.waitFor(), response, model);
        }
        if (exception instanceof AuthenticationServiceException unchecked
                && unchecked.getCause() instanceof RuntimeException cause) {
            throw cause;
        }
        SignInForm form = new SignInForm(username);
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        String failure;
        if (exception instanceof AccountLocked locked) {
            failure = "sign-in.error.locked";
            errors.rejectValue("username", failure, new Object[] {Dates.clock(locked.until())}, null);
        } else {
            failure = exception instanceof DisabledException ? "sign-in.error.deactivated" : "sign-in.error.invalid";
            errors.rejectValue("username", failure);
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("failure", failure);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "account/sign-in";
    }

    /**
     * A sign-in refused until some time has passed, its password not checked: 429, with how long to wait in minutes
     * (rounded up) on the page and in seconds in {@code Retry-After}.
     */
    private static String tooManyAttempts(Duration wait, HttpServletResponse response, Model model) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        model.addAttribute("minutes", (seconds + 59) / 60);
        return "account/too-many-attempts";
    }

    @GetMapping("/session-expired")
    String sessionExpired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return "account/session-expired";
    }
}
