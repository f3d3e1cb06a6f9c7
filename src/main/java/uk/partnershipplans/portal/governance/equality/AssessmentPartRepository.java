package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentPartRepository extends JpaRepository<AssessmentPart, Long> {

    List<AssessmentPart> findByAssessmentIdOrderByPositionAscIdAsc(Long assessmentId);

    long countByAssessmentId(Long assessmentId);

    @Query("select p from AssessmentPart p join fetch p.assessment a where a.planId = ?1"
            + " and (a.planYearId is null or a.planYearId = ?2) order by p.position, p.id")
    List<AssessmentPart> publishedWith(Long planId, Long yearId);

    @Query("select coalesce(max(p.position), 0) from AssessmentPart p where p.assessment.id = ?1")
    int lastPosition(Long assessmentId);
}
