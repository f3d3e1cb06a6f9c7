/**
 * Plans, plan years, priorities, actions, milestones, indicators and values: the entities ({@code model}), the reading
 * pages ({@code read}), the board's editing ({@code edit}), administration ({@code admin}) and the demo plans
 * ({@code demo}). Other modules use only the types of this package: PlanFacts, PlanCatalogue, ProgressRecords,
 * NextYears and the enums they carry.
 */
@ApplicationModule(allowedDependencies = {"partner", "shared", "history"})
package uk.partnershipplans.portal.plan;

import org.springframework.modulith.ApplicationModule;
