package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentActionRepository extends JpaRepository<AssessmentAction, Long> {

    @Query("select a from AssessmentAction a where a.part.id in ?1 order by a.position, a.id")
    List<AssessmentAction> ofParts(List<Long> partIds);

    long countByPartId(Long partId);

    @Query("select t from AssessmentAction t join fetch t.part p join p.assessment a"
            + " where a.planId = ?1 and (a.planYearId is null or a.planYearId = ?2) order by t.position, t.id")
    List<AssessmentAction> publishedWith(Long planId, Long yearId);

    @Query("select coalesce(max(a.position), 0) from AssessmentAction a where a.part.id = ?1")
    int lastPosition(Long partId);
}
