/**
 * The documents a partnership produces from its plan: the committee report (cover paper) with its decisions, and the
 * published plan of a year, as pages, accessible PDFs and Word documents.
 */
@ApplicationModule(allowedDependencies = {"plan", "status", "reporting", "partner", "governance", "shared", "history"})
package uk.partnershipplans.portal.report;

import org.springframework.modulith.ApplicationModule;
