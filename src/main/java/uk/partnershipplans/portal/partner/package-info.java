/** Partnerships, partner organisations, groups and people; PartnerDirectory is what other modules read. */
@ApplicationModule(allowedDependencies = {"shared", "history"})
package uk.partnershipplans.portal.partner;

import org.springframework.modulith.ApplicationModule;
