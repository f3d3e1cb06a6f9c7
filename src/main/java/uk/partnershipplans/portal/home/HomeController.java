package uk.partnershipplans.portal.home;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to the home page of their role: admins to administration, board members to the plans. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        if (hasRole(authentication, "ROLE_ADMIN")) {
            return "redirect:/admin";
        }
        if (hasRole(authentication, "ROLE_BOARD")) {
            return "home/board";
        }
        return "home/officer";
    }

    @GetMapping("/admin")
    String administration() {
        return "admin/index";
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals(role));
    }
}
