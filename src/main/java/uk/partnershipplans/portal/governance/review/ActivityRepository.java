package uk.partnershipplans.portal.governance.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByReviewIdOrderByPositionAscIdAsc(Long reviewId);

    long countByReviewId(Long reviewId);

    @Query("select coalesce(max(a.position), 0) from Activity a where a.review.id = ?1 and a.priorityId = ?2")
    int lastPosition(Long reviewId, Long priorityId);
}
