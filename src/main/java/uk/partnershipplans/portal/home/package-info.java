/** The home page of each role. */
@ApplicationModule(allowedDependencies = {"plan", "reporting", "shared"})
package uk.partnershipplans.portal.home;

import org.springframework.modulith.ApplicationModule;
