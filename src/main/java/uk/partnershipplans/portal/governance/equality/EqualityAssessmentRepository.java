package uk.partnershipplans.portal.governance.equality;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EqualityAssessmentRepository extends JpaRepository<EqualityAssessment, Long> {

    Page<EqualityAssessment> findByPlanIdOrderByIdAsc(Long planId, Pageable page);

    List<EqualityAssessment> findByPlanIdOrderByIdAsc(Long planId);
}
