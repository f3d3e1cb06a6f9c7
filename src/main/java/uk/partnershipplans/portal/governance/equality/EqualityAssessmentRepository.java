package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EqualityAssessmentRepository extends JpaRepository<EqualityAssessment, Long> {

    Page<EqualityAssessment> findByPlanIdOrderByIdAsc(Long planId, Pageable page);

    @Query("select a from EqualityAssessment a where a.planId = ?1 and (a.planYearId is null or a.planYearId = ?2)"
            + " order by a.id")
    List<EqualityAssessment> publishedWith(Long planId, Long yearId);
}
