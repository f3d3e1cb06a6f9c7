package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends a 403 to the portal's error page, noting whether the cause was a form whose security token was missing or
 * out of date (usually a form left open past the end of its session), so the page can say what to do.
 */
public class ForbiddenHandler implements AccessDeniedHandler {

    /** Request attribute read by {@link PortalErrorAttributes}. */
    static final String REASON_ATTRIBUTE = "portal.forbidden.reason";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        request.setAttribute(REASON_ATTRIBUTE, denied instanceof CsrfException ? "form-expired" : "not-allowed");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
