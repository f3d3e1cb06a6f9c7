package uk.partnershipplans.portal.governance;

import java.util.List;

/** What the published plan of a year prints of the partnership's equality impact assessments. */
public interface EqualityAssessments {

    /**
     * The assessments of the plan as a whole and of the year, oldest first, in a fixed number of queries however many
     * they are and however long.
     */
    List<PublishedAssessment> publishedWith(Long planId, Long yearId);
}
