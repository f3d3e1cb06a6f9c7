/** Statuses worked out from a plan year's facts: the rules, the dashboard, the progress summary, the help page and the status settings. */
@ApplicationModule(allowedDependencies = {"plan", "reporting", "shared", "history"})
package uk.partnershipplans.portal.status;

import org.springframework.modulith.ApplicationModule;
