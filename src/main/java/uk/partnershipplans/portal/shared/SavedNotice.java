package uk.partnershipplans.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the next page that a form was accepted: a form post that ends in a redirect has saved its change (a form with
 * errors is shown again instead), so the page it leads to shows a success banner (see the layout). A controller that
 * has more to say than "Your change has been saved" adds the text as the flash attribute {@code savedMessage}.
 */
class SavedNotice implements HandlerInterceptor {

    static final String ATTRIBUTE = "changeSaved";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if ("POST".equals(request.getMethod()) && modelAndView != null && modelAndView.getViewName() != null
                && modelAndView.getViewName().startsWith("redirect:")) {
            RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, true);
        }
    }
}
