/**
 * The plan's yearly cycle beyond progress: starting the next plan year from the current one, starting a new plan from
 * the one before, what changed between years, the steps a year takes from draft to published with who signed each off,
 * and the public pages where a published year can be read without signing in.
 */
@ApplicationModule(allowedDependencies = {"plan", "partner", "shared", "history", "governance", "report", "status"})
package uk.partnershipplans.portal.refresh;

import org.springframework.modulith.ApplicationModule;
