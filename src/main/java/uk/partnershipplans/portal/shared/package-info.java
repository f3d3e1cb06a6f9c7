/** What every module uses: page navigation, error pages, the one save path for forms (Forms, Writes, Refusal, StaleEdit, Deletions), dates, figures and narrative text. */
@ApplicationModule(allowedDependencies = {})
package uk.partnershipplans.portal.shared;

import org.springframework.modulith.ApplicationModule;
