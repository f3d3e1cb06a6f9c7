/** The history of changes (Hibernate Envers): who changed a record, when, and each value before and after. */
@ApplicationModule(allowedDependencies = {"shared"})
package uk.partnershipplans.portal.history;

import org.springframework.modulith.ApplicationModule;
