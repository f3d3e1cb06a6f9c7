package uk.partnershipplans.portal.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanYearIdOrderByPosition(Long planYearId);
}
