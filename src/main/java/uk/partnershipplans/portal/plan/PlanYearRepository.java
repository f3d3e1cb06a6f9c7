package uk.partnershipplans.portal.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanYearRepository extends JpaRepository<PlanYear, Long> {

    List<PlanYear> findByPlanIdOrderByStartDate(Long planId);
}
