/**
 * Six-monthly reporting rounds: an admin opens a round for a plan year and says who updates which actions and
 * indicators; officers write their updates, the priority's lead or an admin approves them, and only approved updates
 * reach the plan that board members read.
 */
@ApplicationModule(allowedDependencies = {"account", "plan", "shared", "history"})
package uk.partnershipplans.portal.reporting;

import org.springframework.modulith.ApplicationModule;
