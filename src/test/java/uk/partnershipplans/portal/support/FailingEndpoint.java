package uk.partnershipplans.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /test/failure} fails with an internal detail in its message, for the error page test (ErrorPagesBrowserTest)
 * to see that the detail never reaches the visitor. Part of every {@link WebTest}, so that the web tests share one Spring
 * context; never part of the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
class FailingEndpoint {

    @GetMapping("/test/failure")
    String fail() {
        throw new IllegalStateException("secret internal detail");
    }
}
