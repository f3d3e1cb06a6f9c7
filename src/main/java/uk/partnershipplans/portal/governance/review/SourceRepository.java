package uk.partnershipplans.portal.governance.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    /** The sources of every activity of a review, in their places. */
    @Query("select s from Source s where s.activity.review.id = ?1 order by s.position, s.id")
    List<Source> ofReview(Long reviewId);

    long countByActivityId(Long activityId);

    @Query("select coalesce(max(s.position), 0) from Source s where s.activity.id = ?1")
    int lastPosition(Long activityId);
}
