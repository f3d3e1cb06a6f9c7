package uk.partnershipplans.portal.plan;

import uk.partnershipplans.portal.system.Narrative;

/** A heading and its narrative: a part of a plan or of a priority. */
record NarrativeSection(String heading, Narrative body) {
}
