package uk.partnershipplans.portal.refresh;

/**
 * A plan year has just been published: its public pages are to be made from it now, in the same transaction, so that
 * what the public reads is the year as it stood when it was published.
 *
 * @param yearId      the plan year
 * @param publishedBy the username of the admin who published it
 */
public record YearPublished(Long yearId, String publishedBy) {
}
