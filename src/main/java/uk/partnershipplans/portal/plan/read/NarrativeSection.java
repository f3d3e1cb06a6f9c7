package uk.partnershipplans.portal.plan.read;

import uk.partnershipplans.portal.shared.Narrative;

/** A heading and its narrative: a part of a plan or of a priority. */
record NarrativeSection(String heading, Narrative body) {
}
