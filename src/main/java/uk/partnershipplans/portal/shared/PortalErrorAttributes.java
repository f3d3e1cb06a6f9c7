package uk.partnershipplans.portal.shared;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds why access was refused (see ForbiddenHandler) to what error pages may show. */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(ForbiddenHandler.REASON_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        attributes.put("reason", reason == null ? "not-allowed" : reason);
        return attributes;
    }
}
