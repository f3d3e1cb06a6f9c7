/**
 * The records a partnership must keep and publish beside its plan: equality impact assessments, consultations, the
 * risk register, vulnerable groups and the final review of a plan.
 */
@ApplicationModule(allowedDependencies = {"plan", "partner", "shared", "history"})
package uk.partnershipplans.portal.governance;

import org.springframework.modulith.ApplicationModule;
