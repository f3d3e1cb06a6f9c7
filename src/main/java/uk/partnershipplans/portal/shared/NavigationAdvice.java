package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The service navigation for the signed-in person's roles, shown by the layout on every page. */
@ControllerAdvice
class NavigationAdvice {

    /**
     * A link for the people with one role. It is the current item on its own page and on the pages under it, and
     * also on the pages under {@code alsoCurrentUnder} (the plan pages sit under several paths).
     */
    private record Link(Role role, String messageKey, String href, List<String> alsoCurrentUnder) {
    }

    private static final List<String> PLAN_PAGES = List.of("/plan-years", "/priorities", "/actions", "/indicators");

    private static final List<Link> LINKS = List.of(
            new Link(Role.OFFICER, "nav.updates", "/", List.of()),
            new Link(Role.BOARD, "nav.plans", "/plans", PLAN_PAGES),
            new Link(Role.OFFICER, "nav.plans", "/plans", PLAN_PAGES),
            new Link(Role.ADMIN, "nav.plans", "/plans", PLAN_PAGES),
            new Link(Role.OFFICER, "nav.figures", "/figure-imports", List.of()),
            new Link(Role.ADMIN, "nav.figures", "/figure-imports", List.of()),
            new Link(Role.ADMIN, "nav.admin", "/admin", List.of()));

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavigationItem> items = new ArrayList<>();
        for (Link link : LINKS) {
            boolean alreadyLinked = items.stream().anyMatch(item -> item.href().equals(link.href()));
            if (link.role().isHeldBy(authentication) && !alreadyLinked) {
                items.add(new NavigationItem(link.messageKey(), link.href(), isCurrent(link, path)));
            }
        }
        return items;
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }

    private static boolean isCurrent(Link link, String path) {
        if (link.href().equals("/")) {
            return path.equals("/");
        }
        return isAtOrUnder(link.href(), path) || link.alsoCurrentUnder().stream().anyMatch(prefix -> isAtOrUnder(prefix, path));
    }

    private static boolean isAtOrUnder(String href, String path) {
        return path.equals(href) || path.startsWith(href + "/");
    }
}
