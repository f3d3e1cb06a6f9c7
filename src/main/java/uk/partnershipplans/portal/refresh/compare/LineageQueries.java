package uk.partnershipplans.portal.refresh.compare;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import uk.partnershipplans.portal.refresh.log.RefreshChange;

/** The lineage of priorities: which priority each refresh carried into the next year, kept or reworded. */
public interface LineageQueries extends Repository<RefreshChange, Long> {

    /** A priority of a year refreshed and its counterpart in the year started from it. */
    record Link(Long fromId, Long toId) {
    }

    /** Every priority carried from one year to another by the refreshes of these years, in one statement. */
    @Query("""
            select new uk.partnershipplans.portal.refresh.compare.LineageQueries$Link(c.fromRecordId, c.toRecordId)
            from RefreshChange c
            where c.subject = :subject and c.fromRecordId is not null and c.toRecordId is not null
              and c.refresh.fromYearId in :yearIds""")
    List<Link> links(@Param("subject") RefreshChange.Subject subject, @Param("yearIds") Collection<Long> yearIds);
}
